//! Fitting British National Grid coordinates into a screen rectangle.
//!
//! The grid is already a plane in metres, so the projection is a uniform scale,
//! a shift and a flip of the y axis (screen y grows downwards).

use super::topology::{Bounds, Point};

/// A screen-space rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// True when the two rectangles overlap (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// The rectangle grown by `d` on every side.
    pub fn grow(&self, d: f64) -> Rect {
        Rect {
            x: self.x - d,
            y: self.y - d,
            w: self.w + 2.0 * d,
            h: self.h + 2.0 * d,
        }
    }
}

/// A map from grid metres to screen units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Screen units per metre.
    pub scale: f64,
    /// Screen x of grid x = 0.
    pub tx: f64,
    /// Screen y of grid y = 0.
    pub ty: f64,
}

impl Fit {
    /// The largest uniform fit of `bounds` into `into`, centred.
    ///
    /// ```
    /// use rocu_map::core::geography::projection::{Fit, Rect};
    /// let bounds = geo::Rect::new(geo::coord! { x: 0.0, y: 0.0 }, geo::coord! { x: 100.0, y: 50.0 });
    /// let fit = Fit::to_rect(bounds, Rect { x: 0.0, y: 0.0, w: 200.0, h: 200.0 });
    /// assert_eq!(fit.apply([0.0, 50.0]), [0.0, 50.0]);
    /// assert_eq!(fit.apply([100.0, 0.0]), [200.0, 150.0]);
    /// ```
    pub fn to_rect(bounds: Bounds, into: Rect) -> Fit {
        let (dx, dy) = (bounds.width().max(1e-9), bounds.height().max(1e-9));
        let scale = (into.w / dx).min(into.h / dy);
        let ox = into.x + (into.w - dx * scale) / 2.0;
        let oy = into.y + (into.h - dy * scale) / 2.0;
        Fit {
            scale,
            tx: ox - bounds.min().x * scale,
            ty: oy + bounds.max().y * scale,
        }
    }

    /// Screen position of a grid point.
    pub fn apply(&self, p: Point) -> [f64; 2] {
        [p[0] * self.scale + self.tx, self.ty - p[1] * self.scale]
    }

    /// Screen rectangle of grid bounds.
    pub fn rect(&self, b: Bounds) -> Rect {
        let [x0, y0] = self.apply([b.min().x, b.max().y]);
        let [x1, y1] = self.apply([b.max().x, b.min().y]);
        Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
    }
}
