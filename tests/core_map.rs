//! The map's facts and geometry: membership, region outlines, shared borders,
//! layout and the golden SVG.

mod support;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use geo::{Area, BooleanOps, Contains, MultiPolygon};
use rocu_map::core::geography::atlas::Atlas;
use rocu_map::core::geography::geometry;
use rocu_map::core::geography::mesh::LineKind;
use rocu_map::core::geography::projection::Rect;
use rocu_map::core::geography::topology::signed_area;
use rocu_map::core::interact::navigate::Direction;
use rocu_map::core::layout::colour;
use rocu_map::core::layout::scene::Scene;
use rocu_map::core::layout::view::MapView;
use rocu_map::core::markup::export::render_svg;
use support::{atlas, golden, network_text};

#[test]
fn there_are_43_forces_in_ten_regions() {
    let a = atlas();
    assert_eq!(a.network.forces.len(), 43);
    assert_eq!(a.topology.shapes.len(), 43);
    assert_eq!(a.network.regions.len(), 10);
    assert_eq!(a.network.regions.iter().filter(|r| r.rocu).count(), 9);
    let total: usize = a.network.regions.iter().map(|r| r.forces.len()).sum();
    assert_eq!(total, 43);
}

#[test]
fn membership_matches_the_verified_table() {
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rocu-membership.csv"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut expected: BTreeMap<String, String> = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for line in csv.lines().skip(1) {
        // pfa_code,pfa_name_ons_2022,force_name,region_id,... (the ONS name may be quoted with a comma)
        let code = line.split(',').next().unwrap_or_default().to_string();
        let rest: Vec<&str> = if line.contains('"') {
            let after = line.rsplit_once('"').map_or("", |(_, r)| r);
            after.trim_start_matches(',').split(',').collect()
        } else {
            line.split(',').skip(2).collect()
        };
        names.insert(code.clone(), rest[0].to_string());
        expected.insert(code, rest[1].to_string());
    }
    assert_eq!(expected.len(), 43);
    let a = atlas();
    let mut actual = BTreeMap::new();
    for r in &a.network.regions {
        for f in &r.forces {
            assert!(
                actual.insert(f.clone(), r.id.clone()).is_none(),
                "{f} is in two regions"
            );
        }
    }
    assert_eq!(actual, expected);
    for f in &a.network.forces {
        assert_eq!(
            Some(&f.name),
            names.get(&f.code),
            "display name of {}",
            f.code
        );
    }
}

#[test]
fn every_force_is_in_exactly_one_region() {
    let a = atlas();
    for f in &a.network.forces {
        let n = a
            .network
            .regions
            .iter()
            .filter(|r| r.forces.contains(&f.code))
            .count();
        assert_eq!(n, 1, "{} is in {n} regions", f.code);
    }
}

fn union_of_forces(a: &Atlas, region: usize) -> MultiPolygon<f64> {
    let mut acc = MultiPolygon::<f64>(vec![]);
    for &s in &a.regions[region].shapes {
        acc = acc.union(&a.force_polygons(s));
    }
    acc
}

#[test]
fn region_outlines_have_the_area_of_the_union_of_their_forces() {
    let a = atlas();
    for (i, r) in a.network.regions.iter().enumerate() {
        let outline = geometry::area(&a.region_polygons(i));
        let union = union_of_forces(&a, i).unsigned_area();
        let err = (outline - union).abs() / union;
        assert!(
            err < 0.005,
            "{}: outline {outline:.0} m² vs union {union:.0} m² ({:.3} %)",
            r.id,
            err * 100.0
        );
    }
}

#[test]
fn kent_is_a_separate_part_of_the_eastern_outline() {
    let a = atlas();
    let east = a
        .region_index("eastern")
        .unwrap_or_else(|| panic!("no eastern region"));
    let kent = a
        .topology
        .shape_index("E23000032")
        .unwrap_or_else(|| panic!("no Kent"));
    let essex = a
        .topology
        .shape_index("E23000028")
        .unwrap_or_else(|| panic!("no Essex"));
    let kent_mainland = a
        .force_polygons(kent)
        .0
        .into_iter()
        .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
    let essex_mainland = a
        .force_polygons(essex)
        .0
        .into_iter()
        .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
    let (Some(kent_mainland), Some(essex_mainland)) = (kent_mainland, essex_mainland) else {
        panic!("no polygons")
    };
    let parts = a.region_polygons(east).0;
    let kent_part = parts
        .iter()
        .position(|p| (p.unsigned_area() - kent_mainland.unsigned_area()).abs() < 1.0);
    let essex_part = parts.iter().position(|p| {
        p.contains(&essex_mainland.exterior().0[0])
            || p.unsigned_area() > kent_mainland.unsigned_area() * 3.0
    });
    assert!(
        kent_part.is_some(),
        "Kent's mainland is not a part of its own in the Eastern outline"
    );
    assert_ne!(kent_part, essex_part);
}

#[test]
fn each_arc_is_shared_by_at_most_two_forces_in_opposite_directions() {
    let a = atlas();
    let mut uses: HashMap<usize, Vec<(usize, bool)>> = HashMap::new();
    for (s, shape) in a.topology.shapes.iter().enumerate() {
        for &r in shape.polygons.iter().flatten().flatten() {
            uses.entry(if r < 0 { !r as usize } else { r as usize })
                .or_default()
                .push((s, r >= 0));
        }
    }
    for (arc, u) in uses {
        assert!(u.len() <= 2, "arc {arc} is used {} times", u.len());
        if let [(s1, d1), (s2, d2)] = u[..] {
            assert_ne!(s1, s2, "arc {arc} is used twice by one force");
            assert_ne!(d1, d2, "arc {arc} runs the same way for both forces");
        }
    }
}

#[test]
fn england_and_wales_has_no_gaps_between_forces() {
    // Dissolve every force: any gap between neighbours would survive as a hole.
    let a = atlas();
    let all: Vec<usize> = (0..a.topology.shapes.len()).collect();
    let rings = rocu_map::core::geography::merge::merge_rings(&a.topology, &a.owners, &all);
    let holes: Vec<f64> = rings
        .iter()
        .map(|r| signed_area(r))
        .filter(|x| x * a.exterior_sign < 0.0)
        .collect();
    assert!(holes.is_empty(), "gaps: {holes:?} m²");
}

/// Neighbour pairs in the unsimplified ONS shapefile: forces sharing at least two vertices.
fn source_neighbours() -> (BTreeSet<(String, String)>, BTreeMap<String, f64>) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/sources/pfa-dec2022-buc/PFA_DEC_2022_EW_BUC_V2.shp"
    );
    let items = shapefile::read_as::<_, shapefile::Polygon, shapefile::dbase::Record>(path)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut at: HashMap<(u64, u64), BTreeSet<String>> = HashMap::new();
    let mut areas = BTreeMap::new();
    for (poly, record) in items {
        let code = match record.get("PFA22CD") {
            Some(shapefile::dbase::FieldValue::Character(Some(c))) => c.trim().to_string(),
            other => panic!("no code: {other:?}"),
        };
        let mut area = 0.0;
        for ring in poly.rings() {
            let pts: Vec<[f64; 2]> = ring.points().iter().map(|p| [p.x, p.y]).collect();
            area += signed_area(&pts);
            for p in &pts {
                at.entry((p[0].to_bits(), p[1].to_bits()))
                    .or_default()
                    .insert(code.clone());
            }
        }
        areas.insert(code, area.abs());
    }
    let mut count: BTreeMap<(String, String), usize> = BTreeMap::new();
    for set in at.values() {
        let v: Vec<&String> = set.iter().collect();
        for i in 0..v.len() {
            for j in i + 1..v.len() {
                *count.entry((v[i].clone(), v[j].clone())).or_default() += 1;
            }
        }
    }
    (
        count
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .map(|(k, _)| k)
            .collect(),
        areas,
    )
}

#[test]
fn shared_borders_stay_shared_after_simplification() {
    let a = atlas();
    let (expected, _) = source_neighbours();
    let mut actual = BTreeSet::new();
    for owners in &a.owners {
        if let [x, y] = owners[..] {
            let (p, q) = (
                a.topology.shapes[x].id.clone(),
                a.topology.shapes[y].id.clone(),
            );
            actual.insert((p.clone().min(q.clone()), p.max(q)));
        }
    }
    assert_eq!(actual, expected);
    assert!(
        expected.len() > 80,
        "only {} neighbour pairs",
        expected.len()
    );
}

#[test]
fn no_force_island_or_the_city_vanishes_and_areas_hold() {
    let a = atlas();
    let (_, source_areas) = source_neighbours();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/sources/pfa-dec2022-buc/PFA_DEC_2022_EW_BUC_V2.shp"
    );
    let items = shapefile::read_as::<_, shapefile::Polygon, shapefile::dbase::Record>(path)
        .unwrap_or_else(|e| panic!("{e}"));
    // Rings per force in the source, leaving out two 12 m² slivers (not islands:
    // smaller than one grid cell, and invisible at any scale the map is drawn at).
    let mut source_rings: BTreeMap<String, usize> = BTreeMap::new();
    for (poly, record) in &items {
        let code = match record.get("PFA22CD") {
            Some(shapefile::dbase::FieldValue::Character(Some(c))) => c.trim().to_string(),
            other => panic!("no code: {other:?}"),
        };
        let real = poly
            .rings()
            .iter()
            .filter(|r| {
                signed_area(&r.points().iter().map(|p| [p.x, p.y]).collect::<Vec<_>>()).abs()
                    >= 100.0
            })
            .count();
        *source_rings.entry(code).or_default() += real;
    }
    let derived_rings: BTreeMap<String, usize> = a
        .topology
        .shapes
        .iter()
        .map(|s| (s.id.clone(), s.polygons.iter().map(Vec::len).sum::<usize>()))
        .collect();
    assert_eq!(derived_rings, source_rings, "rings lost in simplification");
    assert_eq!(derived_rings.values().sum::<usize>(), 99);
    for (s, shape) in a.topology.shapes.iter().enumerate() {
        let derived = a.force_polygons(s).unsigned_area();
        let source = source_areas[&shape.id];
        let err = (derived - source).abs() / source;
        assert!(
            err < 0.02,
            "{}: {derived:.0} vs {source:.0} m² ({:.2} %)",
            shape.id,
            err * 100.0
        );
    }
}

#[test]
fn neighbouring_regions_never_share_a_colour() {
    let a = atlas();
    assert!(a.adjacent.len() >= 15);
    for &(x, y) in &a.adjacent {
        assert_ne!(
            a.fill(x),
            a.fill(y),
            "{} and {}",
            a.network.regions[x].id,
            a.network.regions[y].id
        );
    }
    let used: BTreeSet<&str> = (0..a.regions.len()).map(|i| a.fill(i)).collect();
    assert_eq!(used.len(), colour::PALETTE.len(), "all six hues are used");
    // Kent is not joined to Essex by land: ERSOU touches London and SEROCU, not across the Thames.
    let id = |i: usize| a.network.regions[i].id.as_str();
    let pairs: BTreeSet<(&str, &str)> = a.adjacent.iter().map(|&(x, y)| (id(x), id(y))).collect();
    assert!(pairs.contains(&("eastern", "london")) || pairs.contains(&("london", "eastern")));
}

#[test]
fn three_line_kinds_come_from_one_mesh() {
    let a = atlas();
    let count = |k: LineKind| a.line_kinds.iter().filter(|x| **x == Some(k)).count();
    assert!(count(LineKind::Region) > 10);
    assert!(count(LineKind::Force) > 10);
    assert!(count(LineKind::Coast) > 10);
    // The City of London's border with the Met is a force line, inside London.
    let city = a
        .topology
        .shape_index("E23000034")
        .unwrap_or_else(|| panic!("no City"));
    for (arc, owners) in a.owners.iter().enumerate() {
        if owners.contains(&city) {
            assert_eq!(a.line_kinds[arc], Some(LineKind::Force));
        }
    }
}

#[test]
fn moving_a_force_is_a_one_line_edit() {
    // Move Kent into the South East: the outlines and lines follow.
    let text = network_text().replacen("\"E23000032\",\n", "", 1).replacen(
        "\"E23000029\"\n      ]",
        "\"E23000029\", \"E23000032\"]",
        1,
    );
    let view = MapView::from_json(&text, 800.0).unwrap_or_else(|e| panic!("{e}"));
    let se = view.atlas.region_index("south-east").unwrap_or(0);
    assert_eq!(view.atlas.regions[se].shapes.len(), 5);
    assert_eq!(view.region_of_force("E23000032"), Some("south-east"));
}

fn scene_boxes(scene: &Scene) -> Vec<(String, Rect)> {
    scene
        .labels
        .iter()
        .map(|l| {
            let w = rocu_map::core::layout::text::width(&l.line.text, l.line.size);
            (
                l.target.clone(),
                Rect {
                    x: l.line.x - w / 2.0,
                    y: l.line.y - l.line.size,
                    w,
                    h: l.line.size * 1.2,
                },
            )
        })
        .collect()
}

#[test]
fn labels_sit_inside_their_regions_and_never_overlap() {
    let a = atlas();
    for width in [320.0, 640.0, 800.0, 1200.0, 1920.0] {
        let scene = Scene::build(&a, width);
        assert_eq!(scene.labels.len(), 9, "at {width}");
        let boxes = scene_boxes(&scene);
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                assert!(
                    !boxes[i].1.overlaps(&boxes[j].1),
                    "{} overlaps {} at {width}",
                    boxes[i].0,
                    boxes[j].0
                );
            }
        }
        for l in &scene.labels {
            let r = a
                .region_index(&l.target)
                .unwrap_or_else(|| panic!("{}", l.target));
            let (x, y) = (l.line.x, l.line.y - l.line.size * 0.35);
            let p = [
                (x - scene.fit.tx) / scene.fit.scale,
                (scene.fit.ty - y) / scene.fit.scale,
            ];
            let hits = a.regions[r]
                .outline
                .iter()
                .filter(|ring| geometry::contains(ring, p))
                .count();
            assert_eq!(
                hits % 2,
                1,
                "{} label is outside its region at {width}",
                l.target
            );
        }
        let inset = scene
            .inset
            .as_ref()
            .unwrap_or_else(|| panic!("no inset at {width}"));
        assert_eq!(inset.region, "london");
        assert!(
            inset.hits.iter().any(|h| h.force == "E23000034"),
            "City of London has a hit target in the inset"
        );
        assert!(
            scene.height > width,
            "England and Wales is taller than wide"
        );
    }
}

#[test]
fn the_city_of_london_gets_a_larger_hit_target() {
    let scene = Scene::build(&atlas(), 800.0);
    let london = scene
        .regions
        .iter()
        .find(|r| r.id == "london")
        .unwrap_or_else(|| panic!("no London"));
    let hit = london
        .hits
        .iter()
        .find(|h| h.force == "E23000034")
        .unwrap_or_else(|| panic!("no City hit target"));
    assert!(hit.r >= 10.0);
}

#[test]
fn arrow_keys_reach_every_region() {
    let view = MapView::from_json(&network_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
    let ids = view.region_ids();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut frontier = vec![ids[0].to_string()];
    while let Some(id) = frontier.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        for d in [
            Direction::Up,
            Direction::Down,
            Direction::Left,
            Direction::Right,
        ] {
            if let Some(next) = view.step(Some(&id), d) {
                frontier.push(next);
            }
        }
    }
    assert_eq!(seen.len(), 10, "reached {seen:?}");
    assert_eq!(
        view.step(Some("north-east"), Direction::Down).as_deref(),
        Some("yorkshire-humber")
    );
    assert_eq!(
        view.step(Some("southern-wales"), Direction::Right)
            .as_deref(),
        Some("west-midlands")
    );
}

#[test]
fn golden_svg_at_800() {
    let svg = render_svg(&network_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("role=\"option\"").count(), 10);
    assert_eq!(
        svg.matches("class=\"rm-force\" data-force=").count(),
        43 + 2
    );
    assert!(svg.contains("Contains OS data © Crown copyright and database right 2022."));
    golden("network-800.svg", &svg);
}

#[test]
fn golden_svg_at_360() {
    let svg = render_svg(&network_text(), 360.0).unwrap_or_else(|e| panic!("{e}"));
    golden("network-360.svg", &svg);
}

#[test]
fn label_points_are_as_deep_inside_as_the_polylabel_crate_finds() {
    use rocu_map::core::geography::pole;
    let a = atlas();
    for (i, r) in a.network.regions.iter().enumerate() {
        let ours = a.regions[i].anchor;
        let depth = pole::signed_distance(ours, &a.regions[i].outline);
        let largest = a
            .region_polygons(i)
            .0
            .into_iter()
            .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()))
            .unwrap_or_else(|| panic!("{} has no polygon", r.id));
        let theirs = polylabel::polylabel(&largest, &250.0).unwrap_or_else(|e| panic!("{e}"));
        let their_depth = pole::signed_distance([theirs.x(), theirs.y()], &a.regions[i].outline);
        assert!(depth > 0.0, "{} label is outside", r.id);
        assert!(
            depth >= their_depth - 500.0,
            "{}: {depth:.0} m deep, polylabel {their_depth:.0} m",
            r.id
        );
    }
}
