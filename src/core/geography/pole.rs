//! The pole of inaccessibility: the point inside a shape farthest from its edge,
//! found with Mapbox's polylabel algorithm (a best-first search over square
//! cells). Labels go there: unlike a centroid it never falls outside a crescent,
//! in a hole, or in the sea between two parts.
//!
//! Written here rather than taken from the `polylabel` crate (which the tests
//! check this against), measured: the crate labels only one polygon of a
//! region in several parts, and took 45 % longer for the ten regions (19.6
//! against 13.5 ms for five rounds, natively), time the page spends before the
//! map first appears. Runs of edges with their bounding boxes let a distance
//! query skip most of the outline.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::geometry::{contains, len};
use super::topology::{bounds_of, bounds_of_rings, Bounds, Point};

struct Cell {
    x: f64,
    y: f64,
    half: f64,
    /// Signed distance from the centre to the edge (negative outside).
    d: f64,
    /// The largest distance any point in the cell could have.
    max: f64,
}

impl Cell {
    fn new(x: f64, y: f64, half: f64, edges: &Edges) -> Cell {
        let d = edges.signed_distance([x, y]);
        Cell {
            x,
            y,
            half,
            d,
            max: d + half * std::f64::consts::SQRT_2,
        }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.max == other.max
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max.total_cmp(&other.max)
    }
}

/// The rings cut into runs of a few edges, each with its bounding box, so that a
/// distance query skips the runs that cannot be nearer than the best so far.
struct Edges<'a> {
    rings: &'a [Vec<Point>],
    /// (ring, first point, last point, bounding box)
    runs: Vec<(usize, usize, usize, Bounds)>,
    /// Each ring's bounding box, to skip the point-in-ring test.
    boxes: Vec<Bounds>,
}

const RUN: usize = 16;

impl<'a> Edges<'a> {
    fn new(rings: &'a [Vec<Point>]) -> Edges<'a> {
        let mut runs = Vec::new();
        for (r, ring) in rings.iter().enumerate() {
            let mut start = 0;
            while start + 1 < ring.len() {
                let end = (start + RUN).min(ring.len() - 1);
                runs.push((r, start, end, bounds_of(&ring[start..=end])));
                start = end;
            }
        }
        let boxes = rings.iter().map(|r| bounds_of(r)).collect();
        Edges { rings, runs, boxes }
    }

    fn signed_distance(&self, p: Point) -> f64 {
        let mut best = f64::INFINITY;
        for &(r, start, end, b) in &self.runs {
            let (lo, hi) = (b.min(), b.max());
            let (dx, dy) = (
                (lo.x - p[0]).max(p[0] - hi.x).max(0.0),
                (lo.y - p[1]).max(p[1] - hi.y).max(0.0),
            );
            if len(dx, dy) >= best {
                continue;
            }
            for w in self.rings[r][start..=end].windows(2) {
                best = best.min(segment_distance(p, w[0], w[1]));
            }
        }
        let inside = self
            .rings
            .iter()
            .zip(&self.boxes)
            .filter(|(ring, b)| {
                let (lo, hi) = (b.min(), b.max());
                p[0] >= lo.x && p[0] <= hi.x && p[1] >= lo.y && p[1] <= hi.y && contains(ring, p)
            })
            .count()
            % 2
            == 1;
        if inside {
            best
        } else {
            -best
        }
    }
}

/// Distance from `p` to the nearest edge of `rings`, positive inside (even-odd).
pub fn signed_distance(p: Point, rings: &[Vec<Point>]) -> f64 {
    Edges::new(rings).signed_distance(p)
}

fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    len(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
}

/// The pole of inaccessibility of the shape the closed `rings` enclose (even-odd,
/// so holes and separate parts both work), to within `precision`.
///
/// ```
/// let ring = vec![[0.0, 0.0], [10.0, 0.0], [10.0, 2.0], [0.0, 2.0], [0.0, 0.0]];
/// let p = rocu_map::core::geography::pole::pole(&[ring], 0.01).unwrap();
/// assert!((p[1] - 1.0).abs() < 0.05);
/// ```
pub fn pole(rings: &[Vec<Point>], precision: f64) -> Option<Point> {
    let b = bounds_of_rings(rings);
    let (w, h) = (b.width(), b.height());
    let (lo, hi) = (b.min(), b.max());
    let size = w.min(h);
    if !size.is_finite() || size <= 0.0 {
        return rings.first().and_then(|r| r.first()).copied();
    }
    let half = size / 2.0;
    let edges = Edges::new(rings);
    let rings = &edges;
    let mut queue = BinaryHeap::new();
    let mut x = lo.x;
    while x < hi.x {
        let mut y = lo.y;
        while y < hi.y {
            queue.push(Cell::new(x + half, y + half, half, rings));
            y += size;
        }
        x += size;
    }
    let mut best = Cell::new(lo.x + w / 2.0, lo.y + h / 2.0, 0.0, rings);
    while let Some(cell) = queue.pop() {
        if cell.d > best.d {
            best = Cell::new(cell.x, cell.y, 0.0, rings);
        }
        if cell.max - best.d <= precision {
            continue;
        }
        let q = cell.half / 2.0;
        for (dx, dy) in [(-q, -q), (q, -q), (-q, q), (q, q)] {
            queue.push(Cell::new(cell.x + dx, cell.y + dy, q, rings));
        }
    }
    Some([best.x, best.y])
}
