//! Which shapes use each arc, and what kind of line each arc is.
//!
//! One mesh gives three kinds of line: a border between two regions, a border
//! between two forces of one region, and a coastline (an arc with one shape).

use super::topology::{arc_index, Topology};

/// The kind of line an arc is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKind {
    /// A border between forces in different regions: drawn heavy.
    Region,
    /// A border between two forces of the same region: drawn light.
    Force,
    /// An arc with a shape on one side only: the coast.
    Coast,
}

impl LineKind {
    /// Every kind, in drawing order (light lines first).
    pub const ALL: [LineKind; 3] = [LineKind::Force, LineKind::Coast, LineKind::Region];

    /// The CSS class suffix for this kind.
    pub fn name(self) -> &'static str {
        match self {
            LineKind::Region => "region",
            LineKind::Force => "force",
            LineKind::Coast => "coast",
        }
    }
}

/// For each arc, the indices of the shapes whose rings use it (once per use).
///
/// ```
/// let text = r#"{"type":"Topology","arcs":[[[0,0],[1,0]],[[1,0],[0,1],[0,0]],[[1,0],[1,1],[0,0]]],
///   "objects":{"f":{"type":"GeometryCollection","geometries":[
///     {"type":"Polygon","id":"A","arcs":[[0,1]]},{"type":"Polygon","id":"B","arcs":[[2,-1]]}]}}}"#;
/// let t = rocu_map::core::geography::topology::Topology::parse(text, "f").unwrap();
/// assert_eq!(rocu_map::core::geography::mesh::arc_owners(&t)[0], vec![0, 1]);
/// ```
pub fn arc_owners(topology: &Topology) -> Vec<Vec<usize>> {
    let mut owners = vec![Vec::new(); topology.arcs.len()];
    for (s, shape) in topology.shapes.iter().enumerate() {
        for r in shape.polygons.iter().flatten().flatten() {
            owners[arc_index(*r)].push(s);
        }
    }
    owners
}

/// The kind of each arc, given each shape's group (its region).
///
/// Arcs that no shape uses are `None`.
pub fn classify(owners: &[Vec<usize>], group_of_shape: &[usize]) -> Vec<Option<LineKind>> {
    owners
        .iter()
        .map(|o| match o.as_slice() {
            [] => None,
            [_] => Some(LineKind::Coast),
            [a, b, ..] if group_of_shape[*a] == group_of_shape[*b] => Some(LineKind::Force),
            _ => Some(LineKind::Region),
        })
        .collect()
}

/// Pairs of groups that share at least one arc, each pair once with `a < b`,
/// in the order their first shared arc appears.
pub fn adjacent_groups(owners: &[Vec<usize>], group_of_shape: &[usize]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for o in owners.iter().filter(|o| o.len() >= 2) {
        let (a, b) = (group_of_shape[o[0]], group_of_shape[o[1]]);
        let pair = (a.min(b), a.max(b));
        if a != b && !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
}
