//! Overlays: each region's class, the legend's counts, "no data" and the golden
//! SVG of every overlay, on the default data and on the illustrative file.

mod support;

use rocu_map::core::data::model::{Network, Status};
use rocu_map::core::data::validate::validate_str;
use rocu_map::core::geography::atlas::Atlas;
use rocu_map::core::layout::overlay::{coverage, total_funding, Overlay, Paint};
use rocu_map::core::markup::export::render_overlay_svg;
use support::{golden, illustrative_text, network_text};

fn network(text: &str) -> Network {
    validate_str(text)
        .network
        .unwrap_or_else(|| panic!("invalid data"))
}

fn paint(n: &Network, o: &Overlay) -> Paint {
    Paint::new(n, o, |_| "#000000".into())
}

fn key_of(p: &Paint, region: usize) -> &str {
    &p.classes[p.class_of[region]].key
}

const OVERLAYS: [(&str, Option<&str>); 7] = [
    ("capabilities", None),
    ("capabilities", Some("cyber")),
    ("funding", None),
    ("funding", Some("home-office-grant")),
    ("dedicated-lead", None),
    ("tasking", None),
    ("inspection", None),
];

/// A region's status for a capability (unknown when not given).
fn status_of(r: &rocu_map::core::data::model::Region, capability: &str) -> Status {
    r.capabilities
        .iter()
        .find(|c| c.capability == capability)
        .map_or(Status::Unknown, |c| c.status)
}

/// The label that names `target` in a scene.
fn label_of<'a>(
    scene: &'a rocu_map::core::layout::scene::Scene,
    target: &str,
) -> &'a rocu_map::core::layout::scene::Label {
    scene
        .labels
        .iter()
        .find(|l| l.target == target)
        .unwrap_or_else(|| panic!("no label for {target}"))
}

#[test]
fn every_overlay_puts_every_region_in_exactly_one_counted_class() {
    for text in [network_text(), illustrative_text()] {
        let n = network(&text);
        for (id, measure) in OVERLAYS {
            let o = Overlay::parse(id, measure).unwrap_or_else(|| panic!("{id}"));
            let p = paint(&n, &o);
            assert_eq!(p.class_of.len(), 10);
            assert_eq!(
                p.classes.iter().map(|c| c.count).sum::<usize>(),
                10,
                "{id} {measure:?}"
            );
            assert!(
                p.classes.iter().all(|c| !c.hatched || c.count > 0),
                "an empty no-data class is left out"
            );
            assert_eq!(o.id(), id);
            assert_eq!(
                o.measure(),
                measure.filter(|m| *m != "coverage" && *m != "total")
            );
        }
    }
}

#[test]
fn the_public_record_is_drawn_as_no_data_not_guessed() {
    let n = network(&network_text());
    for o in [
        Overlay::Capabilities(None),
        Overlay::Capabilities(Some("cyber".into())),
        Overlay::Funding(None),
        Overlay::Dedicated,
        Overlay::Tasking,
    ] {
        let p = paint(&n, &o);
        for (i, r) in n.regions.iter().enumerate() {
            let expected = if r.rocu { "no-data" } else { "no-rocu" };
            assert_eq!(key_of(&p, i), expected, "{o:?} {}", r.id);
            assert!(p.value_of[i] == "No data" || p.value_of[i] == "No ROCU");
        }
    }
    let p = paint(&n, &Overlay::Inspection);
    let count = |k: &str| p.classes.iter().find(|c| c.key == k).map_or(0, |c| c.count);
    assert_eq!(
        (
            count("february-march"),
            count("september"),
            count("not-visited")
        ),
        (5, 2, 3)
    );
}

#[test]
fn one_capability_shows_each_region_status_with_an_icon() {
    let n = network(&illustrative_text());
    let p = paint(&n, &Overlay::Capabilities(Some("cyber".into())));
    for (i, r) in n.regions.iter().enumerate().filter(|(_, r)| r.rocu) {
        let status = status_of(r, "cyber");
        let key = match status {
            Status::InPlace => "in-place",
            Status::Developing => "developing",
            Status::NotInPlace => "not-in-place",
            Status::Unknown => "no-data",
        };
        assert_eq!(key_of(&p, i), key, "{}", r.id);
        assert!(p.mark_of[i].is_some(), "{} has no status icon", r.id);
    }
}

/// A number drawn for a region, or none.
type RegionValue<'a> = dyn Fn(&rocu_map::core::data::model::Region) -> Option<f64> + 'a;

#[test]
fn bands_put_higher_values_in_darker_classes() {
    let n = network(&illustrative_text());
    let covered = |r: &rocu_map::core::data::model::Region| coverage(&n, r);
    let values: [(Overlay, &RegionValue<'_>); 2] = [
        (Overlay::Funding(None), &total_funding),
        (Overlay::Capabilities(None), &covered),
    ];
    for (o, value) in values {
        let p = paint(&n, &o);
        let rocus: Vec<usize> = (0..n.regions.len())
            .filter(|&i| n.regions[i].rocu)
            .collect();
        for &a in &rocus {
            for &b in &rocus {
                let (va, vb) = (value(&n.regions[a]), value(&n.regions[b]));
                if let (Some(va), Some(vb)) = (va, vb) {
                    if va > vb {
                        assert!(
                            p.class_of[a] <= p.class_of[b],
                            "{o:?}: {} {va} vs {} {vb}",
                            n.regions[a].id,
                            n.regions[b].id
                        );
                    }
                }
            }
        }
        assert!(p.classes.len() >= 3, "{o:?} has bands");
    }
}

#[test]
fn the_legend_and_labels_carry_the_overlay() {
    let n = network(&illustrative_text());
    let atlas = Atlas::with_default_boundaries(n).unwrap_or_else(|e| panic!("{e}"));
    let scene = rocu_map::core::layout::scene::Scene::build_with(
        &atlas,
        800.0,
        &Overlay::Capabilities(Some("cyber".into())),
    );
    assert_eq!(
        scene.legend_title.as_ref().map(|t| t.text.as_str()),
        Some("Cyber")
    );
    assert!(
        scene.legend.iter().all(|l| l.line.text.ends_with(')')),
        "legend rows carry counts"
    );
    // Each ROCU's label ends with the icon of its own cyber status.
    for r in atlas.network.regions.iter().filter(|r| r.rocu) {
        let status = status_of(r, "cyber");
        let label = label_of(&scene, &r.id);
        assert!(
            label.line.text.ends_with(&format!(
                " {}",
                rocu_map::core::layout::words::status_icon(status)
            )),
            "{}: {}",
            r.id,
            label.line.text
        );
    }
    assert!(scene.regions.iter().any(|r| r.label.contains(": In place")));
}

#[test]
fn golden_svg_of_every_overlay() {
    for (file, text) in [
        ("illustrative", illustrative_text()),
        ("network", network_text()),
    ] {
        for (id, measure) in OVERLAYS {
            if file == "network" && (measure.is_some() || id == "tasking") {
                continue; // all "no data" in the public record: one of each kind is enough
            }
            let o = Overlay::parse(id, measure).unwrap_or_else(|| panic!("{id}"));
            let svg = render_overlay_svg(&text, 360.0, &o).unwrap_or_else(|e| panic!("{e}"));
            let name = format!(
                "{file}-{id}{}-360.svg",
                measure.map_or(String::new(), |m| format!("-{m}"))
            );
            golden(&name, &svg);
        }
    }
}

#[test]
fn cased_region_borders_stand_out_at_3_to_1_against_every_fill() {
    use rocu_map::core::layout::colour::{contrast, PALETTE};
    use rocu_map::core::layout::overlay::{NO_DATA_FILL, NO_ROCU_FILL, SEQUENTIAL};
    let fills = PALETTE
        .iter()
        .chain(SEQUENTIAL.iter())
        .chain([NO_DATA_FILL, NO_ROCU_FILL, "#BFBFBF"].iter());
    for fill in fills {
        let best = contrast(fill, "#0b0c0c").max(contrast(fill, "#ffffff"));
        assert!(best >= 3.0, "{fill}: the casing gives only {best:.2}:1");
    }
}

#[test]
fn funding_overlays_draw_each_regions_mix_under_its_label() {
    use rocu_map::core::layout::scene::Swatch;
    use rocu_map::core::layout::view::MapView;
    let text = illustrative_text();
    let mut view = MapView::from_json(&text, 800.0).unwrap_or_else(|e| panic!("{e}"));
    view.set_overlay(Overlay::Funding(None), 800.0);
    let scene = &view.scene;
    // One bar per ROCU with funding (London has none).
    assert_eq!(scene.glyphs.len(), 9);
    for g in &scene.glyphs {
        let label = label_of(scene, &g.region);
        assert!(
            g.frame.y > label.line.y,
            "{}: the bar sits under its label",
            g.region
        );
        let width: f64 = g.parts.iter().map(|p| p.1).sum();
        assert!(
            (width - g.frame.w).abs() < 1.0,
            "{}: parts fill the bar",
            g.region
        );
    }
    // Unconfirmed money is striped, and the legend keys the sources and the stripes.
    assert!(scene.glyphs.iter().flat_map(|g| &g.parts).any(|p| !p.3));
    assert!(scene.legend.iter().any(|l| l.swatch == Swatch::Striped));
    assert!(scene
        .legend
        .iter()
        .any(|l| l.region == "mix-home-office-grant"));
    // No bars on other overlays, nor on the public-record data (no funding is public).
    view.set_overlay(Overlay::Inspection, 800.0);
    assert!(view.scene.glyphs.is_empty());
    let mut plain = MapView::from_json(&network_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
    plain.set_overlay(Overlay::Funding(None), 800.0);
    assert!(plain.scene.glyphs.is_empty());
    assert!(!plain
        .scene
        .legend
        .iter()
        .any(|l| l.region.starts_with("mix")));
}

#[test]
fn governance_overlays_mark_each_published_lead_force_inside_it() {
    use rocu_map::core::layout::view::MapView;
    for overlay in [Overlay::Dedicated, Overlay::Tasking] {
        let mut view = MapView::from_json(&network_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
        view.set_overlay(overlay, 800.0);
        let leads: Vec<(&str, &str)> = view
            .atlas
            .network
            .regions
            .iter()
            .filter_map(|r| Some((r.id.as_str(), r.lead_force.as_deref()?)))
            .collect();
        let marked: Vec<(&str, &str)> = view
            .scene
            .markers
            .iter()
            .map(|m| (m.region.as_str(), m.force.as_str()))
            .collect();
        assert_eq!(marked, leads);
        assert!(view.scene.legend.iter().any(|l| l.region == "lead-force"));
        // Each mark is inside its force's area on screen.
        for m in &view.scene.markers {
            let shape = view
                .atlas
                .topology
                .shapes
                .iter()
                .position(|s| s.id == m.force)
                .unwrap_or_else(|| panic!("{}", m.force));
            let fit = &view.scene.fit;
            let p = [(m.x - fit.tx) / fit.scale, (fit.ty - m.y) / fit.scale];
            let inside = view
                .atlas
                .force_rings(shape)
                .iter()
                .filter(|r| rocu_map::core::geography::geometry::contains(r, p))
                .count()
                % 2
                == 1;
            assert!(inside, "{} mark is outside its force", m.force);
        }
    }
}

#[test]
fn a_deep_link_names_an_overlay_only_with_a_measure_from_the_catalogue() {
    let n = network(&network_text());
    let cases = [
        (
            Some("capabilities"),
            Some("cyber"),
            Overlay::Capabilities(Some("cyber".into())),
        ),
        (
            Some("capabilities"),
            Some("astrology"),
            Overlay::Capabilities(None),
        ),
        (
            Some("funding"),
            Some("in-kind"),
            Overlay::Funding(Some("in-kind".into())),
        ),
        (Some("funding"), Some("cyber"), Overlay::Funding(None)),
        (Some("weather"), None, Overlay::Regions),
        (None, None, Overlay::Regions),
    ];
    for (overlay, measure, expected) in cases {
        assert_eq!(
            Overlay::from_link(&n, overlay, measure),
            expected,
            "{overlay:?} {measure:?}"
        );
    }
}

#[test]
fn presentation_steps_zoom_to_each_region_inside_the_map() {
    use rocu_map::core::interact::present::{
        count, label, slide, step, steps, transform, view_box, Step,
    };
    use rocu_map::core::layout::view::MapView;
    let view = MapView::from_json(&network_text(), 1200.0).unwrap_or_else(|e| panic!("{e}"));
    let network = &view.atlas.network;
    let all = steps(network);
    assert_eq!(all.len(), 12);
    assert_eq!(count(network), 12);
    assert_eq!(step(11, network), Step::Compare);
    assert_eq!(step(99, network), Step::Compare);
    assert_eq!(slide("0", network), None);
    assert_eq!(slide("-1", network), None);
    assert_eq!(slide("12", network), Some(11));
    assert_eq!(slide("13", network), None);
    assert_eq!(transform(&view, Step::Compare), "scale(1)");
    // A projector's larger type: labels 1.6 times the size, the legend no smaller.
    let mut large = view.clone();
    large.set_type_scale(1.6);
    assert_eq!(large.scene.width, view.scene.width);
    for (a, b) in view.scene.labels.iter().zip(&large.scene.labels) {
        assert!(
            (b.line.size / a.line.size - 1.6).abs() < 1e-9,
            "{}",
            a.target
        );
    }
    assert!(large.scene.swatch() >= view.scene.swatch());
    large.set_type_scale(1.0);
    assert_eq!(large.svg("m"), view.svg("m"), "back to the usual type");
    let whole = view_box(&view, Step::Overview);
    assert_eq!((whole.w, whole.h), (view.scene.width, view.scene.height));
    for (i, r) in view.atlas.network.regions.iter().enumerate() {
        let b = view_box(&view, Step::Region(i));
        assert!(b.x >= 0.0 && b.y >= 0.0, "{}", r.id);
        assert!(
            b.x + b.w <= whole.w + 0.1 && b.y + b.h <= whole.h + 0.1,
            "{}",
            r.id
        );
        assert!(b.w < whole.w || b.h < whole.h, "{} is zoomed in", r.id);
        // The same shape as the map, so it fills the screen without distortion.
        assert!((b.w / b.h - whole.w / whole.h).abs() < 0.01, "{}", r.id);
        // The region's label point is in view (London: its inset).
        let centre = match &view.scene.inset {
            Some(inset) if inset.region == r.id => [
                inset.frame.x + inset.frame.w / 2.0,
                inset.frame.y + inset.frame.h / 2.0,
            ],
            _ => view.scene.fit.apply(view.atlas.regions[i].anchor),
        };
        assert!(
            centre[0] > b.x && centre[0] < b.x + b.w && centre[1] > b.y && centre[1] < b.y + b.h,
            "{}",
            r.id
        );
        assert!(label(&view, Step::Region(i)).starts_with(&format!("Region {} of 10: ", i + 1)));
        // The transform maps the box onto the whole map: the scale (to a tenth)
        // fills the width with the box, and the shift brings its corner to 0,0.
        let t = transform(&view, Step::Region(i));
        let inner = t.strip_prefix("scale(").unwrap_or_else(|| panic!("{t}"));
        let (k, rest) = inner.split_once(')').unwrap_or_else(|| panic!("{t}"));
        let k: f64 = k.parse().unwrap_or_else(|_| panic!("{t}"));
        assert!(
            (k * b.w / whole.w - 1.0).abs() < 0.03,
            "{}: {t} for {b:?}",
            r.id
        );
        let shift = rest
            .trim()
            .strip_prefix("translate(")
            .and_then(|x| x.strip_suffix(')'))
            .map(|x| {
                x.split(' ')
                    .map(|v| v.parse::<f64>().unwrap_or(f64::NAN))
                    .collect::<Vec<_>>()
            });
        match shift {
            Some(v) => assert_eq!(v, vec![-b.x, -b.y], "{}: {t}", r.id),
            None => assert_eq!((b.x, b.y), (0.0, 0.0), "{}: {t}", r.id),
        }
    }
}

#[test]
fn a_new_overlay_at_the_same_size_draws_what_a_fresh_layout_draws() {
    use rocu_map::core::layout::view::MapView;
    let text = illustrative_text();
    let overlays = [
        Overlay::Capabilities(None),
        Overlay::Funding(None),
        Overlay::Dedicated,
        Overlay::Tasking,
        Overlay::Inspection,
        Overlay::Regions,
    ];
    let mut reused = MapView::from_json(&text, 900.0).unwrap_or_else(|e| panic!("{e}"));
    for overlay in overlays {
        reused.set_overlay(overlay.clone(), 900.0);
        let (atlas, warnings) = (reused.atlas.clone(), reused.warnings.clone());
        let fresh = MapView::with_overlay(atlas, warnings, 900.0, overlay.clone());
        assert_eq!(
            reused.svg("t").to_markup(),
            fresh.svg("t").to_markup(),
            "{overlay:?}"
        );
    }
}
