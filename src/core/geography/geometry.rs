//! Small geometric helpers over closed rings: areas, containment and label points.

use geo::{Area, Coord, LineString, MultiPolygon, Polygon};

use super::topology::{signed_area, Point};

/// Groups closed rings into polygons: rings whose signed area has the sign of
/// `exterior_sign` are exteriors, the others holes of the exterior containing them.
pub fn polygons(rings: &[Vec<Point>], exterior_sign: f64) -> MultiPolygon<f64> {
    let (exteriors, holes): (Vec<&Vec<Point>>, Vec<&Vec<Point>>) = rings
        .iter()
        .filter(|r| r.len() >= 4)
        .partition(|r| signed_area(r) * exterior_sign > 0.0);
    let mut polys: Vec<(LineString<f64>, Vec<LineString<f64>>)> = exteriors
        .iter()
        .map(|r| (line_string(r), Vec::new()))
        .collect();
    for hole in holes {
        let probe = hole[0];
        let owner = exteriors
            .iter()
            .enumerate()
            .filter(|(_, e)| contains(e, probe))
            .min_by(|a, b| signed_area(a.1).abs().total_cmp(&signed_area(b.1).abs()))
            .map(|(i, _)| i);
        if let Some(i) = owner {
            polys[i].1.push(line_string(hole));
        }
    }
    MultiPolygon(polys.into_iter().map(|(e, h)| Polygon::new(e, h)).collect())
}

fn line_string(ring: &[Point]) -> LineString<f64> {
    LineString(ring.iter().map(|p| Coord { x: p[0], y: p[1] }).collect())
}

/// Even-odd point-in-ring test (points on the edge may go either way).
pub fn contains(ring: &[Point], p: Point) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = a[0] + (p[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            if p[0] < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// Unsigned area of a multipolygon in square units.
pub fn area(mp: &MultiPolygon<f64>) -> f64 {
    mp.unsigned_area()
}

/// The length of the vector `(x, y)`. (Not `f64::hypot`, whose overflow-safe
/// version is a 400-byte function in the WebAssembly; map coordinates are small.)
pub fn len(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, s: f64, ccw: bool) -> Vec<Point> {
        let mut r = vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
        if !ccw {
            r.reverse();
        }
        r
    }

    #[test]
    fn holes_are_assigned_and_subtracted() {
        let rings = vec![square(0.0, 0.0, 10.0, true), square(2.0, 2.0, 2.0, false)];
        let mp = polygons(&rings, 1.0);
        assert_eq!(mp.0.len(), 1);
        assert!((area(&mp) - 96.0).abs() < 1e-9);
    }
}
