//! Presentation mode's sequence, for the board meeting: the overview, then each
//! region in turn (zoomed to it), then the compare table, then the overview
//! again. Pure layout: which steps there are, what each is called, and which part
//! of the map each shows; the browser layer moves between them.

use crate::core::geography::path::{fmt1, round1};
use crate::core::geography::projection::Rect;
use crate::core::layout::view::MapView;

/// One step of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The whole map.
    Overview,
    /// One region (index in data order), zoomed to, with its key facts.
    Region(usize),
    /// The compare table.
    Compare,
}

/// How many steps there are for `regions` regions: the overview, each region
/// and the compare table.
pub fn count(regions: usize) -> usize {
    regions + 2
}

/// Step `index` of the sequence for `regions` regions (past the end: the table).
///
/// ```
/// use rocu_map::core::interact::present::{step, Step};
/// assert_eq!(step(0, 2), Step::Overview);
/// assert_eq!(step(2, 2), Step::Region(1));
/// assert_eq!(step(3, 2), Step::Compare);
/// ```
pub fn step(index: usize, regions: usize) -> Step {
    match index {
        0 => Step::Overview,
        i if i <= regions => Step::Region(i - 1),
        _ => Step::Compare,
    }
}

/// The whole sequence for `regions` regions, in order.
///
/// ```
/// use rocu_map::core::interact::present::{steps, Step};
/// assert_eq!(steps(2), vec![Step::Overview, Step::Region(0), Step::Region(1), Step::Compare]);
/// ```
pub fn steps(regions: usize) -> Vec<Step> {
    (0..count(regions)).map(|i| step(i, regions)).collect()
}

/// The words for the step indicator, such as "Region 3 of 10: Yorkshire and the
/// Humber Regional Organised Crime Unit (YHROCU)".
pub fn label(view: &MapView, step: Step) -> String {
    let regions = &view.atlas.network.regions;
    match step {
        Step::Overview => "Overview of all regions".into(),
        Step::Region(i) => match regions.get(i) {
            Some(r) => format!("Region {} of {}: {}", i + 1, regions.len(), r.long_name()),
            None => "Overview of all regions".into(),
        },
        Step::Compare => "All regions compared".into(),
    }
}

/// The part of the map a step shows, in the scene's units: the whole scene for
/// the overview and the table; for a region, its area with a margin, widened to
/// the scene's shape so it fills the screen, and kept inside the scene. A region
/// drawn enlarged in the inset (London) is shown by its inset.
pub fn view_box(view: &MapView, step: Step) -> Rect {
    let scene = &view.scene;
    let whole = Rect {
        x: 0.0,
        y: 0.0,
        w: scene.width,
        h: scene.height,
    };
    let Step::Region(i) = step else {
        return whole;
    };
    let Some(region) = view.atlas.network.regions.get(i) else {
        return whole;
    };
    let area = match &scene.inset {
        Some(inset) if inset.region == region.id => inset.frame,
        _ => scene.fit.rect(view.atlas.regions[i].bounds),
    };
    // A margin of a tenth each side, and never smaller than a quarter of the map.
    let margin = area.w.max(area.h) * 0.1;
    let mut w = (area.w + 2.0 * margin).max(whole.w / 4.0);
    let mut h = (area.h + 2.0 * margin).max(whole.h / 4.0);
    let aspect = whole.w / whole.h;
    if w / h < aspect {
        w = h * aspect;
    } else {
        h = w / aspect;
    }
    let (w, h) = (w.min(whole.w), h.min(whole.h));
    let cx = area.x + area.w / 2.0;
    let cy = area.y + area.h / 2.0;
    // Kept inside the scene with min and max rather than `f64::clamp`, which
    // panics when a bound is not a number (and so brings Rust's float
    // formatting, about 6 KB gzipped, into the WebAssembly for its message).
    Rect {
        x: round1((cx - w / 2.0).min(whole.w - w).max(0.0)),
        y: round1((cy - h / 2.0).min(whole.h - h).max(0.0)),
        w: round1(w),
        h: round1(h),
    }
}

/// The SVG `transform` that zooms the drawn map to a step's [`view_box`]: a
/// scale (in tenths, close enough with the box's margin) and a shift in the
/// scene's units; `scale(1)` for the whole map. The browser layer sets it as the
/// attribute (not an inline style), and CSS animates the change.
///
/// ```
/// use rocu_map::core::interact::present::{transform, Step};
/// use rocu_map::core::layout::view::MapView;
/// let text = std::fs::read_to_string("data/network.json").unwrap();
/// let view = MapView::from_json(&text, 1200.0).unwrap();
/// assert_eq!(transform(&view, Step::Overview), "scale(1)");
/// assert!(transform(&view, Step::Region(0)).starts_with("scale("));
/// ```
pub fn transform(view: &MapView, step: Step) -> String {
    let b = view_box(view, step);
    let scale = fmt1(view.scene.width / b.w);
    if b.x == 0.0 && b.y == 0.0 {
        return format!("scale({scale})");
    }
    format!("scale({scale}) translate({} {})", fmt1(-b.x), fmt1(-b.y))
}

/// The index of the step a deep link names: `slide=N`, counted from 1;
/// `None` when out of range or not a number.
///
/// ```
/// use rocu_map::core::interact::present::slide;
/// assert_eq!(slide("1", 10), Some(0));
/// assert_eq!(slide("12", 10), Some(11));
/// assert_eq!(slide("13", 10), None);
/// assert_eq!(slide("x", 10), None);
/// ```
pub fn slide(word: &str, regions: usize) -> Option<usize> {
    let n: usize = word.parse().ok()?;
    n.checked_sub(1).filter(|i| *i < count(regions))
}
