//! Dissolving several shapes into one outline, as topojson-client's `merge` does:
//! an arc used by two shapes of the set is internal and dropped, and what is left
//! is stitched end to end into closed rings.

use super::topology::{arc_index, Point, Topology};

/// The closed rings that outline the union of `members` (shape indices).
///
/// Rings keep the orientation of the shapes' own rings, so exteriors and holes can
/// be told apart by the sign of their area. A region whose parts do not touch
/// (Eastern: Kent across the Thames) gives several exterior rings.
pub fn merge_rings(
    topology: &Topology,
    owners: &[Vec<usize>],
    members: &[usize],
) -> Vec<Vec<Point>> {
    let inside = |s: &usize| members.contains(s);
    // Directed arcs on the outline of the set.
    let mut edges: Vec<i32> = Vec::new();
    for &s in members {
        for &r in topology.shapes[s].polygons.iter().flatten().flatten() {
            let users = &owners[arc_index(r)];
            if users.iter().filter(|u| inside(u)).count() < 2 {
                edges.push(r);
            }
        }
    }
    let key = |p: Point| (p[0].to_bits(), p[1].to_bits());
    let points: Vec<Vec<Point>> = edges.iter().map(|&r| topology.arc_points(r)).collect();
    // Each edge's start point; a region has a few hundred edges at most, so a
    // linear search is quick and keeps a sort routine out of the WebAssembly.
    let starts: Vec<Option<(u64, u64)>> = points
        .iter()
        .map(|pts| pts.first().map(|p| key(*p)))
        .collect();
    let mut used = vec![false; edges.len()];
    let mut rings = Vec::new();
    for start in 0..edges.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let mut ring = points[start].clone();
        let Some(&origin) = ring.first() else {
            continue;
        };
        while let Some(&end) = ring.last() {
            if ring.len() > 1 && key(end) == key(origin) {
                break;
            }
            let k = Some(key(end));
            let next = (0..starts.len()).find(|&i| !used[i] && starts[i] == k);
            match next {
                Some(i) => {
                    used[i] = true;
                    ring.extend(points[i].iter().skip(1));
                }
                None => {
                    ring.push(origin); // an open chain cannot happen in valid topology
                    break;
                }
            }
        }
        rings.push(ring);
    }
    rings
}
