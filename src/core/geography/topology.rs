//! Decoding quantised TopoJSON into arcs (in British National Grid metres) and
//! shapes that refer to them.
//!
//! The arcs are kept, not flattened into polygons, because the map needs to know
//! which forces share each border (see [`super::mesh`] and [`super::merge`]).

use serde::Deserialize;
use std::collections::BTreeMap;

use crate::core::error::Error;

/// A point in British National Grid metres (easting, northing).
pub type Point = [f64; 2];

/// A decoded topology: shared arcs and the shapes built from them.
#[derive(Debug, Clone, PartialEq)]
pub struct Topology {
    /// Every arc as absolute coordinates.
    pub arcs: Vec<Vec<Point>>,
    /// Every shape (one per police force area), in file order.
    pub shapes: Vec<Shape>,
}

/// One feature: an id and its polygons, each a list of rings of arc references.
///
/// An arc reference `i >= 0` is arc `i` forwards; `i < 0` is arc `!i` reversed, as
/// in the TopoJSON specification.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The feature id: the force's GSS code.
    pub id: String,
    /// Polygons, each an exterior ring followed by its holes.
    pub polygons: Vec<Vec<Vec<i32>>>,
}

#[derive(Deserialize)]
struct RawTopology {
    #[serde(rename = "type")]
    kind: String,
    arcs: Vec<Vec<[f64; 2]>>,
    #[serde(default)]
    transform: Option<RawTransform>,
    objects: BTreeMap<String, RawCollection>,
}

#[derive(Deserialize)]
struct RawTransform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct RawCollection {
    #[serde(default)]
    geometries: Vec<RawGeometry>,
}

#[derive(Deserialize)]
struct RawGeometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    arcs: serde_json::Value,
}

impl Topology {
    /// Decodes TopoJSON text, taking the geometries of the named object.
    ///
    /// ```
    /// let text = r#"{"type":"Topology","arcs":[[[0,0],[0,1],[1,0],[0,-1],[-1,0]]],
    ///   "objects":{"forces":{"type":"GeometryCollection","geometries":[
    ///     {"type":"Polygon","id":"E23000001","arcs":[[0]]}]}}}"#;
    /// let t = rocu_map::core::geography::topology::Topology::parse(text, "forces").unwrap();
    /// assert_eq!(t.ring_points(&[0]).len(), 5);
    /// ```
    pub fn parse(text: &str, object: &str) -> Result<Topology, Error> {
        let raw: RawTopology =
            serde_json::from_str(text).map_err(|e| Error::Topology(e.to_string()))?;
        if raw.kind != "Topology" {
            return Err(Error::Topology(format!(
                "expected type Topology, found {}",
                raw.kind
            )));
        }
        let arcs = decode_arcs(&raw.arcs, raw.transform.as_ref());
        let collection = raw
            .objects
            .get(object)
            .ok_or_else(|| Error::Topology(format!("no object named `{object}`")))?;
        let mut shapes = Vec::with_capacity(collection.geometries.len());
        for (i, g) in collection.geometries.iter().enumerate() {
            let id = match &g.id {
                Some(serde_json::Value::String(s)) => s.clone(),
                _ => return Err(Error::Topology(format!("geometry {i} has no text id"))),
            };
            let polygons: Vec<Vec<Vec<i32>>> = match g.kind.as_str() {
                "Polygon" => vec![serde_json::from_value(g.arcs.clone())
                    .map_err(|e| Error::Topology(format!("{id}: {e}")))?],
                "MultiPolygon" => serde_json::from_value(g.arcs.clone())
                    .map_err(|e| Error::Topology(format!("{id}: {e}")))?,
                other => return Err(Error::Topology(format!("{id}: unsupported type {other}"))),
            };
            for arc in polygons.iter().flatten().flatten() {
                let index = arc_index(*arc);
                if index >= arcs.len() {
                    return Err(Error::Topology(format!("{id}: arc {arc} does not exist")));
                }
            }
            shapes.push(Shape { id, polygons });
        }
        Ok(Topology { arcs, shapes })
    }

    /// The points of a ring given by arc references, closed (first == last).
    pub fn ring_points(&self, ring: &[i32]) -> Vec<Point> {
        let mut points: Vec<Point> = Vec::new();
        for &r in ring {
            let arc = &self.arcs[arc_index(r)];
            let start = usize::from(!points.is_empty());
            if r >= 0 {
                points.extend(arc.iter().skip(start));
            } else {
                points.extend(arc.iter().rev().skip(start));
            }
        }
        points
    }

    /// The points of one arc reference, in the direction the reference gives.
    pub fn arc_points(&self, r: i32) -> Vec<Point> {
        let arc = &self.arcs[arc_index(r)];
        if r >= 0 {
            arc.clone()
        } else {
            arc.iter().rev().copied().collect()
        }
    }

    /// The index of the shape with this id.
    pub fn shape_index(&self, id: &str) -> Option<usize> {
        self.shapes.iter().position(|s| s.id == id)
    }

    /// The bounding box of every arc.
    pub fn bounds(&self) -> Bounds {
        bounds_of_rings(&self.arcs)
    }
}

/// A bounding box in grid metres (or screen units): `geo`'s rectangle, with
/// `min()` and `max()` corners.
pub type Bounds = geo::Rect<f64>;

/// The bounding box of some points (an empty list gives an empty box at the
/// origin). A plain pass over the points, with no copy: the label search
/// asks for thousands of these.
pub fn bounds_of(points: &[Point]) -> Bounds {
    bounds_over(points.iter())
}

/// The bounding box of several rings or lines together.
pub fn bounds_of_rings(rings: &[Vec<Point>]) -> Bounds {
    bounds_over(rings.iter().flatten())
}

fn bounds_over<'a>(mut points: impl Iterator<Item = &'a Point>) -> Bounds {
    let Some(&[x, y]) = points.next() else {
        return Bounds::new(
            geo::coord! { x: 0.0, y: 0.0 },
            geo::coord! { x: 0.0, y: 0.0 },
        );
    };
    let (lo, hi) = points.fold(([x, y], [x, y]), |(lo, hi), p| {
        (
            [lo[0].min(p[0]), lo[1].min(p[1])],
            [hi[0].max(p[0]), hi[1].max(p[1])],
        )
    });
    Bounds::new(
        geo::coord! { x: lo[0], y: lo[1] },
        geo::coord! { x: hi[0], y: hi[1] },
    )
}

/// The arc an arc reference points at, whichever its direction.
pub fn arc_index(r: i32) -> usize {
    (if r < 0 { !r } else { r }) as usize
}

fn decode_arcs(raw: &[Vec<[f64; 2]>], transform: Option<&RawTransform>) -> Vec<Vec<Point>> {
    raw.iter()
        .map(|arc| match transform {
            None => arc.clone(),
            Some(t) => {
                let (mut x, mut y) = (0.0, 0.0);
                arc.iter()
                    .map(|d| {
                        x += d[0];
                        y += d[1];
                        [
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        ]
                    })
                    .collect()
            }
        })
        .collect()
}

/// Signed area of a closed ring (positive when anticlockwise with y up).
pub fn signed_area(ring: &[Point]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum::<f64>()
        / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_decoding_and_reversal() {
        let text = r#"{"type":"Topology","transform":{"scale":[2,3],"translate":[10,20]},
          "arcs":[[[0,0],[1,0],[0,1]],[[1,1],[-1,0],[0,-1]]],
          "objects":{"f":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","id":"A","arcs":[[0,1]]}]}}}"#;
        let t = Topology::parse(text, "f").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.arcs[0], vec![[10.0, 20.0], [12.0, 20.0], [12.0, 23.0]]);
        assert_eq!(t.arc_points(!0)[0], [12.0, 23.0]);
        let ring = t.ring_points(&[0, 1]);
        assert_eq!(ring.first(), ring.last());
        assert_eq!(ring.len(), 5);
    }

    #[test]
    fn bad_arc_reference_is_an_error() {
        let text = r#"{"type":"Topology","arcs":[],"objects":{"f":{"type":"GeometryCollection",
          "geometries":[{"type":"Polygon","id":"A","arcs":[[3]]}]}}}"#;
        assert!(matches!(
            Topology::parse(text, "f"),
            Err(Error::Topology(_))
        ));
    }
}
