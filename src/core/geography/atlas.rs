//! The network joined to its boundaries: everything about the map that does not
//! depend on the screen size, computed once per data file.

use crate::core::lang::words;
use geo::{Area, BoundingRect, MultiPolygon};

use super::geometry;
use super::merge;
use super::mesh::{self, LineKind};
use super::pole;
use super::topology::{bounds_of_rings, signed_area, Bounds, Point, Topology};
use crate::core::data::model::Network;
use crate::core::error::Error;
use crate::core::layout::colour;

/// The boundaries shipped with the map: ONS police force areas, December 2022,
/// packed by `build.rs` from `data/boundaries.topo.json`.
pub const BOUNDARIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/boundaries.bin"));

/// Derived geometry of one region.
#[derive(Debug, Clone)]
pub struct RegionGeometry {
    /// Indices into the topology's shapes of the region's forces, in data order.
    pub shapes: Vec<usize>,
    /// The dissolved outline: closed rings in grid metres.
    pub outline: Vec<Vec<Point>>,
    /// The outline as polygons (exteriors with their holes), for `geo`'s
    /// algorithms: area, bounding box and containment.
    pub polygons: MultiPolygon<f64>,
    /// Area in square metres (holes subtracted).
    pub area: f64,
    /// A point inside the largest part, for the label.
    pub anchor: Point,
    /// Bounding box of the outline.
    pub bounds: Bounds,
}

/// The network joined to the topology.
#[derive(Debug, Clone)]
pub struct Atlas {
    /// The validated data.
    pub network: Network,
    /// The decoded boundaries.
    pub topology: Topology,
    /// For each arc, the shapes that use it.
    pub owners: Vec<Vec<usize>>,
    /// For each shape, the index of its region in `network.regions`.
    pub shape_region: Vec<usize>,
    /// For each arc, how it is drawn.
    pub line_kinds: Vec<Option<LineKind>>,
    /// One entry per region, in `network.regions` order.
    pub regions: Vec<RegionGeometry>,
    /// Pairs of regions that share a land border.
    pub adjacent: Vec<(usize, usize)>,
    /// Palette index of each region.
    pub colours: Vec<usize>,
    /// +1 or -1: the sign of the signed area of an exterior ring in this topology.
    pub exterior_sign: f64,
    /// Each shape's rings as points, decoded once.
    rings: Vec<Vec<Vec<Point>>>,
    /// Each shape's bounding box.
    shape_bounds: Vec<Bounds>,
}

impl Atlas {
    /// Joins a validated network to the shipped boundaries.
    pub fn with_default_boundaries(network: Network) -> Result<Atlas, Error> {
        let topology = super::packed::decode(BOUNDARIES)?;
        Atlas::new(network, topology)
    }

    /// Joins a validated network to a topology whose shape ids are GSS codes.
    ///
    /// Every force must have exactly one shape and every shape a force.
    pub fn new(network: Network, topology: Topology) -> Result<Atlas, Error> {
        let mut mismatches = Vec::new();
        let mut shape_region = vec![usize::MAX; topology.shapes.len()];
        let mut seen: Vec<&str> = Vec::new();
        for (s, shape) in topology.shapes.iter().enumerate() {
            if seen.contains(&shape.id.as_str()) {
                mismatches.push(format!("the boundaries have `{}` twice", shape.id));
            }
            seen.push(&shape.id);
            match network
                .regions
                .iter()
                .position(|r| r.forces.contains(&shape.id))
            {
                Some(r) => shape_region[s] = r,
                None => mismatches.push(words().area_in_no_region(&shape.id)),
            }
        }
        for f in &network.forces {
            if topology.shape_index(&f.code).is_none() {
                mismatches.push(words().force_without_boundary(&f.code, &f.name));
            }
        }
        if !mismatches.is_empty() {
            return Err(Error::Mismatch(mismatches));
        }
        let owners = mesh::arc_owners(&topology);
        let line_kinds = mesh::classify(&owners, &shape_region);
        let exterior_sign = topology
            .shapes
            .first()
            .and_then(|s| s.polygons.first())
            .and_then(|p| p.first())
            .map(|ring| signed_area(&topology.ring_points(ring)).signum())
            .unwrap_or(1.0);
        let mut regions = Vec::with_capacity(network.regions.len());
        for region in &network.regions {
            let shapes: Vec<usize> = region
                .forces
                .iter()
                .filter_map(|code| topology.shape_index(code))
                .collect();
            let outline = merge::merge_rings(&topology, &owners, &shapes);
            let polygons = geometry::polygons(&outline, exterior_sign);
            let bounds = polygons
                .bounding_rect()
                .unwrap_or_else(|| bounds_of_rings(&outline));
            let centre = bounds.center();
            let anchor = pole::pole(&outline, 250.0).unwrap_or([centre.x, centre.y]);
            regions.push(RegionGeometry {
                shapes,
                area: polygons.unsigned_area(),
                polygons,
                outline,
                anchor,
                bounds,
            });
        }
        let rings: Vec<Vec<Vec<Point>>> = topology
            .shapes
            .iter()
            .map(|s| {
                s.polygons
                    .iter()
                    .flatten()
                    .map(|r| topology.ring_points(r))
                    .collect()
            })
            .collect();
        let shape_bounds = rings.iter().map(|r| bounds_of_rings(r)).collect();
        let adjacent = mesh::adjacent_groups(&owners, &shape_region);
        let colours = colour::assign(regions.len(), &adjacent);
        Ok(Atlas {
            network,
            topology,
            owners,
            shape_region,
            line_kinds,
            regions,
            adjacent,
            colours,
            exterior_sign,
            rings,
            shape_bounds,
        })
    }

    /// The index of a region by id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.network.regions.iter().position(|r| r.id == id)
    }

    /// The fill colour of a region.
    pub fn fill(&self, region: usize) -> &'static str {
        colour::PALETTE[self.colours[region] % colour::PALETTE.len()]
    }

    /// All points of a force's polygons as closed rings, in grid metres.
    pub fn force_rings(&self, shape: usize) -> &[Vec<Point>] {
        &self.rings[shape]
    }

    /// The bounding box of a force.
    pub fn force_bounds(&self, shape: usize) -> Bounds {
        self.shape_bounds[shape]
    }

    /// A region's outline as polygons (exteriors with their holes), for areas and tests.
    pub fn region_polygons(&self, region: usize) -> MultiPolygon<f64> {
        self.regions[region].polygons.clone()
    }

    /// The force polygons of a shape, for areas and tests.
    pub fn force_polygons(&self, shape: usize) -> MultiPolygon<f64> {
        geometry::polygons(self.force_rings(shape), self.exterior_sign)
    }
}
