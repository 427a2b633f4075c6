//! Presentation mode in the page: full screen, the projector theme (CSS,
//! `.is-presenting`), the zoom and the step indicator. Which step comes next,
//! and what each shows, is decided by the core (`core::interact::state` and
//! `core::interact::present`).

use web_sys::HtmlElement;

use super::controller::Shared;
use super::dom;
use super::effects;
use super::ui::Ui;
use crate::core::interact::present::{self, Step};
use crate::core::interact::state::{Action, MapState, Place};
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
        #[cfg(feature = "cy")]
        mark_english_name(p, map, step, words);
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

/// In Welsh, a region's English name in the step indicator ("Rhanbarth 2 o
/// 10: North West …") is marked `lang="en"`, so a screen reader reads it as
/// English. (Only the Welsh WebAssembly has this: the English has nothing to
/// mark.)
#[cfg(feature = "cy")]
fn mark_english_name(p: &web_sys::Element, map: &MapState, step: Step, words: Option<String>) {
    let network = &map.view.atlas.network;
    let region = present::region_of(network, step).and_then(|i| network.regions.get(i));
    let (Some(words), Some(r)) = (words, region.filter(|r| r.name_cy.is_none())) else {
        return;
    };
    let node =
        crate::core::markup::node::Node::html("span").text_with_english(words, &r.long_name());
    dom::show(p, &node);
}

/// Writes the key points under the map for the current overlay.
pub(crate) fn points(map: &MapState, ui: &Ui) {
    dom::show(
        &ui.points,
        &slide::points(&map.view.atlas.network, &map.view.overlay),
    );
}

/// Printing a presentation prints every step, a page each, as it shows on the
/// screen. Before the browser prints, the presentation goes through its steps
/// from the first, as the next-step key does, keeping a copy of the screen at
/// each, and then on round to the step the user was on. The print style sheet
/// shows only the copies, one to a sheet. After printing they go.
///
/// The host hears each step's selection and overlay go by (its last events
/// are the user's step again): keeping it quiet costs about 190 bytes more
/// to download, which the size budget does not have.
pub(crate) fn print_steps(shared: &Shared, before: bool) {
    let (host, at, count) = {
        let inner = shared.borrow();
        let Some(map) = inner.map.as_ref() else {
            return;
        };
        let count = present::count(&map.view.atlas.network);
        (inner.host.clone(), map.step, count)
    };
    print_pages::clear(&host);
    let (true, Some(at)) = (before, at) else {
        return;
    };
    step(shared, "Home");
    for n in 0..count + at {
        if n < count {
            print_pages::copy(&host);
        }
        step(shared, "PageDown");
    }
}

/// A presentation key, as the document hears it.
fn step(shared: &Shared, key: &str) {
    effects::perform(shared, Action::Key(key.into(), Place::Document), None);
}

/// The printed pages: plain DOM copies, in a few lines of JavaScript (in
/// Rust, with `web-sys`, the same is about 500 bytes more to download). They
/// stand after the map's element, not in it, so that its state (the step on
/// screen) does not style them.
mod print_pages {
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::HtmlElement;

    #[wasm_bindgen(inline_js = "
        const pages = (host) => {
            const next = host.nextElementSibling;
            return next?.classList.contains('rm-print-pages') ? next : null;
        };
        export function clear(host) { pages(host)?.remove(); }
        export function copy(host) {
            let all = pages(host);
            if (!all) {
                all = document.createElement('div');
                all.className = 'rm-print-pages';
                host.after(all);
            }
            const page = document.createElement('div');
            page.className = host.className;
            for (const part of host.children) page.append(part.cloneNode(true));
            all.append(page);
        }
    ")]
    extern "C" {
        /// Removes the printed pages.
        pub fn clear(host: &HtmlElement);
        /// Adds a page: the host's classes (presenting, the table's step) on
        /// a copy of what it shows.
        pub fn copy(host: &HtmlElement);
    }
}
