//! Presentation mode in the page: full screen, the projector theme (CSS,
//! `.is-presenting`), the zoom and the step indicator. Which step comes next,
//! and what each shows, is decided by the core (`core::interact::state` and
//! `core::interact::present`).

use web_sys::HtmlElement;

use super::dom;
use super::ui::Ui;
use crate::core::interact::present::{self, Step};
use crate::core::interact::state::MapState;
use crate::core::markup::slide;

/// Puts the map's element in full screen, or leaves full screen. Where full
/// screen is not allowed (an iframe without `allow="fullscreen"`) it is not
/// asked for, and the presentation runs in the page.
pub(crate) fn full_screen(host: &HtmlElement, on: bool) {
    let Ok(doc) = dom::document() else { return };
    if on {
        if doc.fullscreen_enabled() {
            let _ = host.request_fullscreen();
        }
    } else if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// True when the page has an element in full screen.
pub(crate) fn is_full_screen() -> bool {
    dom::document().is_ok_and(|d| d.fullscreen_element().is_some())
}

/// Draws the current step: the projector theme on or off, the map zoomed,
/// the table on its step (CSS shows it open), the indicator, and the slide's
/// figures beside the map.
pub(crate) fn show(host: &HtmlElement, map: &MapState, ui: &Ui, prefix: &str) {
    let step = map.slide();
    let starting = map.step.is_some() && !host.class_list().contains("is-presenting");
    dom::toggle(host, "is-presenting", map.step.is_some());
    // A presentation a link opened runs in the page: bring the slide into view
    // (full screen shows it anyway).
    if starting && !is_full_screen() {
        host.scroll_into_view();
    }
    dom::toggle(host, "is-compare", step == Step::Compare);
    if let Some(p) = &ui.step {
        let words = map.step.map(|_| present::label(&map.view, step));
        p.set_text_content(words.as_deref());
    }
    if let Some(g) = &ui.drawn.zoom {
        let _ = g.set_attribute("transform", &present::transform(&map.view, step));
    }
    let figures = map.step.and_then(|_| slide::slide(&map.view, step, prefix));
    let built =
        dom::document().and_then(|doc| figures.map(|node| dom::build(&doc, &node)).transpose());
    match built {
        Ok(Some(el)) => {
            let _ = dom::replace_children(&ui.slide, &el);
        }
        _ => ui.slide.replace_children_with_node_0(),
    }
}

/// Writes the key points under the map for the current overlay.
pub(crate) fn points(map: &MapState, ui: &Ui) {
    let node = slide::points(&map.view.atlas.network, &map.view.overlay);
    if let Ok(el) = dom::document().and_then(|doc| dom::build(&doc, &node)) {
        let _ = dom::replace_children(&ui.points, &el);
    }
}
