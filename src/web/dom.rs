//! Building DOM nodes from the core's element trees, with `createElementNS`,
//! `setAttribute` and `textContent`: text from the data is never parsed as HTML.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::error::WebError;
use crate::core::markup::node::{Node, Ns, SVG_NS};

#[wasm_bindgen]
extern "C" {
    /// The page's `window`, bound directly: `web_sys::window()` probes four
    /// globals to find it, at a cost in bindings the map does not need.
    #[wasm_bindgen(thread_local_v2, js_name = window)]
    static WINDOW: Option<web_sys::Window>;
}

/// The page's window.
pub fn window() -> Result<web_sys::Window, WebError> {
    WINDOW
        .with(Clone::clone)
        .ok_or_else(|| WebError::Dom("no window".into()))
}

/// The page's address fragment, such as `#region=eastern`.
pub fn hash() -> String {
    window()
        .ok()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's document.
pub fn document() -> Result<Document, WebError> {
    window()?
        .document()
        .ok_or_else(|| WebError::Dom("no document".into()))
}

/// Creates the element tree for `node`.
pub fn build(doc: &Document, node: &Node) -> Result<Element, WebError> {
    let el = match node.ns {
        Ns::Svg => doc.create_element_ns(Some(SVG_NS), node.tag)?,
        Ns::Html => doc.create_element(node.tag)?,
    };
    for (name, value) in &node.attrs {
        el.set_attribute(name, value)?;
    }
    if let Some(text) = &node.text {
        el.append_child(&doc.create_text_node(text))?;
    }
    for child in &node.children {
        let built = build(doc, child)?;
        el.append_child(&built)?;
    }
    Ok(el)
}

/// Replaces every child of `parent` with `child`, in one call.
pub fn replace_children(parent: &Element, child: &Element) -> Result<(), WebError> {
    parent.replace_children_with_node_1(child);
    Ok(())
}

/// Shows `node` as the only content of `parent` (left as it was if the
/// page cannot be built on).
pub fn show(parent: &Element, node: &Node) {
    if let Ok(el) = document().and_then(|doc| build(&doc, node)) {
        parent.replace_children_with_node_1(&el);
    }
}

/// Every element under `root` that matches `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` that matches `selector`.
pub fn one(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The nearest ancestor-or-self of an event target that matches `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Sets or removes a class.
pub fn toggle(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// Moves keyboard focus to an HTML or SVG element.
pub fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    } else if let Some(s) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = s.focus();
    }
}

/// Runs `task` (a JavaScript function) when the browser is idle: after every
/// input, animation frame and ordinary task waiting, and at the latest after
/// `within` milliseconds. Where the browser has no idle callbacks, it runs
/// just after the next paint instead.
pub fn when_idle(task: &JsValue, within: u32) {
    let Ok(window) = window() else {
        return;
    };
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(within);
    if window
        .request_idle_callback_with_options(task.unchecked_ref(), &options)
        .is_err()
    {
        after_paint(task);
    }
}

/// Runs `task` (a JavaScript function) just after the next paint: in a timer
/// set from the next animation frame.
pub fn after_paint(task: &JsValue) {
    let Ok(window) = window() else {
        return;
    };
    let task = task.clone();
    let frame = Closure::once_into_js(move || {
        if let Ok(window) = self::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
