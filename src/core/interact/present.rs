//! Presentation mode's sequence, for the board meeting: the overview, then each
//! region in turn (zoomed to it), then the compare table, then the overview
//! again. Pure layout: which steps there are, what each is called, and which part
//! of the map each shows; the browser layer moves between them.

use crate::core::data::model::Network;
use crate::core::geography::path::{fmt1, round1};
use crate::core::geography::projection::Rect;
use crate::core::layout::overlay::Overlay;
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
    /// Step `.0` of the presentation written in the data.
    Written(usize),
}

/// How many steps there are: those written in the data, or the overview, each
/// region and the compare table.
pub fn count(network: &Network) -> usize {
    match network.presentation.len() {
        0 => network.regions.len() + 2,
        n => n,
    }
}

/// Step `index` of the sequence (past the end: the last).
///
/// ```
/// use rocu_map::core::data::validate::validate_str;
/// use rocu_map::core::interact::present::{step, Step};
/// let text = std::fs::read_to_string("data/network.json").unwrap();
/// let network = validate_str(&text).network.unwrap();
/// assert_eq!(step(0, &network), Step::Overview);
/// assert_eq!(step(3, &network), Step::Region(2));
/// assert_eq!(step(11, &network), Step::Compare);
/// ```
pub fn step(index: usize, network: &Network) -> Step {
    let regions = network.regions.len();
    match (network.presentation.len(), index) {
        (0, 0) => Step::Overview,
        (0, i) if i <= regions => Step::Region(i - 1),
        (0, _) => Step::Compare,
        (n, i) => Step::Written(i.min(n - 1)),
    }
}

/// The whole sequence, in order.
pub fn steps(network: &Network) -> Vec<Step> {
    (0..count(network)).map(|i| step(i, network)).collect()
}

/// The region a step shows, by index in data order; `None` for the whole map.
pub fn region_of(network: &Network, step: Step) -> Option<usize> {
    match step {
        Step::Region(i) => Some(i).filter(|i| *i < network.regions.len()),
        Step::Written(i) => {
            let id = network.presentation.get(i)?.region.as_deref()?;
            network.regions.iter().position(|r| r.id == id)
        }
        Step::Overview | Step::Compare => None,
    }
}

/// The overlay a written step shows; `None` for the other steps, which keep
/// the overlay chosen.
pub fn overlay_of(network: &Network, step: Step) -> Option<Overlay> {
    let Step::Written(i) = step else {
        return None;
    };
    let written = network.presentation.get(i)?;
    Overlay::parse(&written.overlay, written.measure.as_deref())
}

/// The words for the step indicator, such as "Region 3 of 10: Yorkshire and the
/// Humber Regional Organised Crime Unit (YHROCU)", or for a written step
/// "Step 2 of 5: Funding rose in every region".
pub fn label(view: &MapView, step: Step) -> String {
    let network = &view.atlas.network;
    let regions = &network.regions;
    let w = crate::core::lang::words();
    match step {
        Step::Overview => w.overview_step().into(),
        Step::Region(i) => match regions.get(i) {
            Some(r) => w.region_step(i + 1, regions.len(), &r.long_name()),
            None => w.overview_step().into(),
        },
        Step::Compare => w.compare_step().into(),
        Step::Written(i) => w.written_step(
            i + 1,
            network.presentation.len(),
            network.presentation.get(i).map_or("", |s| s.title.as_str()),
        ),
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
    match region_of(&view.atlas.network, step) {
        Some(i) => region_frame(view, i, whole, 0.25),
        None => whole,
    }
}

/// The part of `within` that shows region `i` (index in data order): its
/// area with a margin, widened to the shape of `within`, never smaller than
/// `smallest` times `within` across, and kept inside it. A region drawn
/// enlarged in the inset (London) is shown by its inset.
pub fn region_frame(view: &MapView, i: usize, within: Rect, smallest: f64) -> Rect {
    let scene = &view.scene;
    let region = &view.atlas.network.regions[i];
    let area = match &scene.inset {
        Some(inset) if inset.region == region.id => inset.frame,
        _ => scene.fit.rect(view.atlas.regions[i].bounds),
    };
    // A margin of a tenth each side.
    let margin = area.w.max(area.h) * 0.1;
    let mut w = (area.w + 2.0 * margin).max(within.w * smallest);
    let mut h = (area.h + 2.0 * margin).max(within.h * smallest);
    let aspect = within.w / within.h;
    if w / h < aspect {
        w = h * aspect;
    } else {
        h = w / aspect;
    }
    let (w, h) = (w.min(within.w), h.min(within.h));
    let cx = area.x + area.w / 2.0;
    let cy = area.y + area.h / 2.0;
    // Kept inside with min and max rather than `f64::clamp`, which panics
    // when a bound is not a number (and so brings Rust's float formatting,
    // about 6 KB gzipped, into the WebAssembly for its message).
    let right = within.x + within.w - w;
    let bottom = within.y + within.h - h;
    Rect {
        x: round1((cx - w / 2.0).min(right).max(within.x)),
        y: round1((cy - h / 2.0).min(bottom).max(within.y)),
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
pub fn slide(word: &str, network: &Network) -> Option<usize> {
    let n: usize = word.parse().ok()?;
    n.checked_sub(1).filter(|i| *i < count(network))
}
