//! Presentation mode: full screen, the projector theme (CSS, `.is-presenting`),
//! and stepping through the core's sequence: the overview, each region zoomed to
//! with its key facts in the panel, the compare table, and the overview again.

use wasm_bindgen::JsCast;

use super::controller::{self, Focus, Shared};
use super::dom;
use crate::core::path::fmt1;
use crate::core::present::{self, Step};

/// The button or `F`: enters full screen and starts at the overview, or leaves.
pub(crate) fn toggle(shared: &Shared) {
    let Ok(doc) = dom::document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
        return;
    }
    let host = shared.borrow().host.clone();
    let _ = host.request_fullscreen();
    go(shared, 0);
}

/// Leaves the sequence (full screen has ended, or Escape).
pub(crate) fn stop(shared: &Shared) {
    if shared.borrow_mut().step.take().is_none() {
        return;
    }
    show(shared, Step::Overview, "");
    let host = shared.borrow().host.clone();
    dom::toggle(&host, "is-presenting", false);
    controller::select(shared, None, None, Focus::Keep);
    controller::write_link(shared);
}

/// A key while presenting; true when it moved the sequence.
pub(crate) fn key(shared: &Shared, key: &str) -> bool {
    let Some(at) = shared.borrow().step else {
        return false;
    };
    let last = count(shared) - 1;
    let next = match key {
        "PageDown" | "ArrowRight" | "ArrowDown" | " " => (at + 1) % (last + 1),
        "PageUp" | "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        "Escape" => {
            stop(shared);
            return true;
        }
        _ => return false,
    };
    go(shared, next);
    true
}

fn count(shared: &Shared) -> usize {
    shared
        .borrow()
        .view
        .as_ref()
        .map_or(1, |v| present::steps(v.atlas.network.regions.len()).len())
}

/// Shows step `index` of the sequence.
pub(crate) fn go(shared: &Shared, index: usize) {
    let (step, region, words) = {
        let inner = shared.borrow();
        let Some(view) = inner.view.as_ref() else {
            return;
        };
        let steps = present::steps(view.atlas.network.regions.len());
        let step = steps[index.min(steps.len() - 1)];
        let region = match step {
            Step::Region(i) => view.atlas.network.regions.get(i).map(|r| r.id.clone()),
            _ => None,
        };
        (step, region, present::label(view, step))
    };
    {
        let mut inner = shared.borrow_mut();
        inner.step = Some(index);
        dom::toggle(&inner.host, "is-presenting", true);
    }
    controller::select(shared, region, None, Focus::Keep);
    show(shared, step, &words);
    controller::write_link(shared);
    controller::live(shared, &words);
}

/// Zooms the map to the step, shows the compare table on its step, and writes
/// the step indicator.
fn show(shared: &Shared, step: Step, words: &str) {
    let inner = shared.borrow();
    let (Some(view), Some(root)) = (inner.view.as_ref(), inner.root.as_ref()) else {
        return;
    };
    dom::toggle(&inner.host, "is-compare", step == Step::Compare);
    if step == Step::Compare {
        if let Some(d) = dom::one(root, ".rm-compare-view") {
            let _ = d.set_attribute("open", "");
        }
    }
    if let Some(p) = dom::one(root, ".rm-step") {
        p.set_text_content(Some(words));
    }
    let b = present::view_box(view, step);
    let k = view.scene.width / b.w;
    let transform = if step == Step::Overview || !k.is_finite() {
        "none".to_string()
    } else {
        // (Hundredths without float formatting, which is large in WebAssembly.)
        let c = (k * 100.0).round() as u32;
        format!(
            "scale({}.{:02}) translate({}px,{}px)",
            c / 100,
            c % 100,
            fmt1(-b.x),
            fmt1(-b.y)
        )
    };
    if let Some(g) =
        dom::one(root, ".rm-zoom").and_then(|g| g.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _ = g.style().set_property("transform", &transform);
    }
}
