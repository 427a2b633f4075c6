//! Presentation mode: full screen, the projector theme (CSS, `.is-presenting`),
//! and stepping through the core's sequence: the overview, each region zoomed to
//! with its key facts in the panel, the compare table, and the overview again.

use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent};

use super::controller::{self, Focus, Shared};
use super::dom;
use crate::core::present::{self, Step};

/// How much larger the map's type is while presenting.
const PROJECTOR_TYPE: f64 = 1.6;

/// The button or `F`: enters full screen and starts the sequence, or leaves.
pub(crate) fn toggle(shared: &Shared) {
    if leave_full_screen() {
        return;
    }
    let (host, at) = {
        let inner = shared.borrow();
        (inner.host.clone(), inner.step)
    };
    let _ = host.request_fullscreen();
    // From the slide a deep link opened, if any; otherwise the overview.
    go(shared, Some(at.unwrap_or(0)));
}

/// Opens the slide a deep link names (`slide=N`), if it is one; full screen
/// needs a key press (`F`), which browsers require.
pub(crate) fn open_linked(shared: &Shared, slide: Option<&str>) {
    let regions = shared
        .borrow()
        .view
        .as_ref()
        .map_or(0, |v| v.atlas.network.regions.len());
    if let Some(i) = slide.and_then(|s| present::slide(s, regions)) {
        go(shared, Some(i));
    }
}

/// Leaves full screen if the page is in it; true when it was.
fn leave_full_screen() -> bool {
    let Ok(doc) = dom::document() else {
        return false;
    };
    let full = doc.fullscreen_element().is_some();
    if full {
        doc.exit_fullscreen();
    }
    full
}

/// The document's `keydown` (the stepping keys, wherever focus is: a clicker
/// sends PageDown to whatever has it) and `fullscreenchange` (leaving full
/// screen ends the sequence).
pub(crate) fn on_event(shared: &Shared, e: Event) {
    match e.dyn_ref::<KeyboardEvent>() {
        Some(k) => {
            if key(shared, &k.key()) {
                e.prevent_default();
            }
        }
        None => {
            if dom::document().is_ok_and(|d| d.fullscreen_element().is_none()) {
                go(shared, None);
            }
        }
    }
}

/// A key while presenting; true when it moved the sequence or ended it.
fn key(shared: &Shared, key: &str) -> bool {
    let (Some(at), Some(regions)) = ({
        let inner = shared.borrow();
        (
            inner.step,
            inner.view.as_ref().map(|v| v.atlas.network.regions.len()),
        )
    }) else {
        return false;
    };
    let last = present::count(regions) - 1;
    let next = match key {
        "PageDown" | "ArrowRight" | "ArrowDown" | " " => Some(if at < last { at + 1 } else { 0 }),
        "PageUp" | "ArrowLeft" | "ArrowUp" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        // (Browsers leave full screen on Escape themselves, and the page may
        // not hear the key; it ends a sequence a link opened, too.)
        "Escape" => {
            leave_full_screen();
            None
        }
        _ => return false,
    };
    go(shared, next);
    true
}

/// Shows step `index` of the sequence, or with `None` leaves it (full screen has
/// ended, or Escape): selects the step's region (so the others dim and the panel
/// shows its key facts), then [`show`]s it, writes the deep link and moves focus.
pub(crate) fn go(shared: &Shared, index: Option<usize>) {
    let (region, retype) = {
        let mut inner = shared.borrow_mut();
        if index.is_none() && inner.step.is_none() {
            return;
        }
        let retype = inner.step.is_some() != index.is_some();
        inner.step = index;
        let Some(view) = inner.view.as_ref() else {
            return;
        };
        let regions = &view.atlas.network.regions;
        let step = index.map_or(Step::Overview, |i| present::step(i, regions.len()));
        let region = match step {
            Step::Region(i) => regions.get(i).map(|r| r.id.clone()),
            _ => None,
        };
        (region, retype)
    };
    // Larger type on the map for a projector, seen from across a room.
    if retype {
        let scale = if index.is_some() { PROJECTOR_TYPE } else { 1.0 };
        if let Err(e) = controller::set_type_scale(shared, scale) {
            controller::fail(shared, &e);
        }
    }
    controller::select(shared, region, None, Focus::Keep);
    show(shared);
    controller::write_link(shared);
    // Focus goes to the step indicator, so a screen reader reads the new step
    // (and focus is never left on a part the step hides); afterwards, back to
    // the button.
    let root = shared.borrow().root.clone();
    if let Some(root) = root {
        controller::focus_on(
            &root,
            if index.is_some() {
                ".rm-step"
            } else {
                ".rm-present"
            },
        );
    }
}

/// Draws the current step (again after the map is redrawn): the projector theme
/// on or off, the map zoomed, the table on its step (CSS shows it open), and
/// the indicator.
pub(crate) fn show(shared: &Shared) {
    let inner = shared.borrow();
    let (Some(view), Some(root)) = (inner.view.as_ref(), inner.root.as_ref()) else {
        return;
    };
    let regions = view.atlas.network.regions.len();
    let step = inner
        .step
        .map_or(Step::Overview, |i| present::step(i, regions));
    dom::toggle(&inner.host, "is-presenting", inner.step.is_some());
    dom::toggle(&inner.host, "is-compare", step == Step::Compare);
    if let Some(p) = dom::one(root, ".rm-step") {
        let words = inner.step.map(|_| present::label(view, step));
        p.set_text_content(words.as_deref());
    }
    if let Some(g) = dom::one(root, ".rm-zoom") {
        let _ = g.set_attribute("transform", &present::transform(view, step));
    }
}
