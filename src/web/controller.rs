//! One mounted map: its state (selection, keyboard focus, hover), and how that
//! state is shown. The core decides what things say and where they go; this file
//! only applies it to the DOM.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::dom;
use super::error::describe;
use super::error::WebError;
use super::events::{self, Listeners};
use super::json;
use super::options::{DataSource, Options};
use crate::core::controls;
use crate::core::details;
use crate::core::link::{self, LinkState};
use crate::core::markup;
use crate::core::node::Node;
use crate::core::overlay::Overlay;
use crate::core::view::MapView;
use crate::core::widget;

/// Shared state of one map.
pub(crate) type Shared = Rc<RefCell<Inner>>;

/// The state of one mounted map.
pub(crate) struct Inner {
    pub host: HtmlElement,
    pub prefix: String,
    pub deep_link: bool,
    pub view: Option<MapView>,
    pub root: Option<Element>,
    pub selected: Option<String>,
    pub force: Option<String>,
    pub active: Option<String>,
    pub hover: Option<(String, Option<String>)>,
    pub listeners: Listeners,
    pub destroyed: bool,
    pub width: f64,
    /// The compare table's sort: column and whether descending.
    pub sort: Option<(usize, bool)>,
    /// The presentation step shown, while presenting.
    pub step: Option<usize>,
}

thread_local! {
    static LIVE: RefCell<Vec<Weak<RefCell<Inner>>>> = const { RefCell::new(Vec::new()) };
    static COUNTER: RefCell<u32> = const { RefCell::new(0) };
}

/// What a host page holds to control a mounted map.
#[wasm_bindgen]
pub struct MapHandle {
    inner: Shared,
}

#[wasm_bindgen]
impl MapHandle {
    /// Removes the map and every listener it added; the element is left empty.
    pub fn destroy(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.destroyed = true;
        inner.listeners.clear();
        while let Some(c) = inner.host.first_child() {
            let _ = inner.host.remove_child(&c);
        }
        let _ = inner.host.class_list().remove_1("rm-host");
        inner.root = None;
        inner.view = None;
    }

    /// Selects a region (and optionally highlights one of its forces); `null` clears.
    /// Returns false when the region or force is unknown.
    pub fn select(&self, region: Option<String>, force: Option<String>) -> bool {
        select(&self.inner, region, force, Focus::Keep)
    }

    /// The selected region id, if any.
    #[wasm_bindgen(getter)]
    pub fn region(&self) -> Option<String> {
        self.inner.borrow().selected.clone()
    }

    /// Draws the map from `data` (JSON text or an object), when `mount` was
    /// given none: the JavaScript shell fetches `src` while the WebAssembly starts.
    pub fn load(&self, data: JsValue) {
        match DataSource::from_js(data) {
            Some(data) => receive(&self.inner, data),
            None => fail(
                &self.inner,
                &WebError::Options("the data must be JSON text or an object".into()),
            ),
        }
    }

    /// Shows that the data could not be fetched, with the reason (such as `404 Not Found`).
    pub fn fail(&self, reason: JsValue) {
        if !self.inner.borrow().destroyed {
            fail(&self.inner, &WebError::Fetch(describe(&reason)));
        }
    }

    /// What "Download this map" saves of the current view, as one string: a
    /// file name with `extension` (such as `rocu-map_funding_2021-02-01.png`), a
    /// line break, then the view as a standalone SVG document, the same bytes as
    /// `rocu-map render --format svg` for the same view. (One call, not two,
    /// because each call between JavaScript and WebAssembly costs download size.)
    pub fn download(&self, extension: &str) -> Option<String> {
        let inner = self.inner.borrow();
        let view = inner.view.as_ref()?;
        let mut out = controls::file_name(&view.overlay, &view.atlas.network.meta.as_of, extension);
        out.push('\n');
        out.push_str(&crate::core::export::svg_document(
            view,
            inner.selected.as_deref(),
        ));
        Some(out)
    }

    /// The highlighted force code, if any.
    #[wasm_bindgen(getter)]
    pub fn force(&self) -> Option<String> {
        self.inner.borrow().force.clone()
    }
}

impl MapHandle {
    /// Mounts into `host` and starts loading the data.
    pub fn mount(host: HtmlElement, options: Options) -> Result<MapHandle, WebError> {
        let prefix = COUNTER.with(|c| {
            let mut c = c.borrow_mut();
            *c += 1;
            format!("rm{}", *c)
        });
        let doc = dom::document()?;
        host.class_list().add_1("rm-host")?;
        // A static map from `rocu-map render --format html` stays until the live
        // map replaces it; otherwise the element says the map is loading.
        if dom::one(&host, "[data-rocu-map-static]").is_none() {
            let loading = dom::build(
                &doc,
                &Node::html("p")
                    .attr("class", "rm-loading")
                    .attr("role", "status")
                    .text("Loading the map…"),
            )?;
            dom::replace_children(&host, &loading)?;
        }
        let inner = Rc::new(RefCell::new(Inner {
            host,
            prefix,
            deep_link: options.deep_link,
            view: None,
            root: None,
            selected: None,
            force: None,
            active: None,
            hover: None,
            listeners: Listeners::default(),
            destroyed: false,
            width: 0.0,
            sort: None,
            step: None,
        }));
        LIVE.with(|l| l.borrow_mut().push(Rc::downgrade(&inner)));
        let handle = MapHandle { inner };
        if let Some(data) = options.data {
            // Loaded after `mount` returns, so the host can listen for the events.
            let weak = Rc::downgrade(&handle.inner);
            let task = Closure::once_into_js(move || {
                if let Some(shared) = weak.upgrade() {
                    receive(&shared, data);
                }
            });
            dom::window()?.queue_microtask(task.unchecked_ref());
        }
        Ok(handle)
    }
}

/// Parses, checks and draws the data, or shows why it cannot.
fn receive(shared: &Shared, data: DataSource) {
    if shared.borrow().destroyed {
        return;
    }
    let value = match data {
        DataSource::Object(o) => Ok(json::to_value(&o, 0)),
        DataSource::Text(t) => json::parse(&t).map_err(invalid),
    };
    if let Err(e) = value.and_then(|v| load(shared, &v)) {
        fail(shared, &e);
    }
}

fn invalid(problem: crate::core::validate::Problem) -> WebError {
    WebError::Core(crate::core::error::Error::Invalid(vec![problem]))
}

fn load(shared: &Shared, value: &crate::core::json::Value) -> Result<(), WebError> {
    let (atlas, warnings) = MapView::prepare(value)?;
    let doc = dom::document()?;
    let deep_link = shared.borrow().deep_link;
    let from_link = if deep_link {
        link::parse(&dom::hash())
    } else {
        LinkState::default()
    };
    let overlay = Overlay::from_link(
        &atlas.network,
        from_link.overlay.as_deref(),
        from_link.measure.as_deref(),
    );
    let (root, host, prefix) = {
        let inner = shared.borrow();
        let root = dom::build(
            &doc,
            &widget::widget(&atlas.network, &warnings, &inner.prefix, &overlay),
        )?;
        (root, inner.host.clone(), inner.prefix.clone())
    };
    dom::replace_children(&host, &root)?;
    // Lay the map out once, at the width the page gives the map area.
    let area =
        dom::one(&root, ".rm-map-area").ok_or_else(|| WebError::Dom("no map area".into()))?;
    let width = f64::from(area.client_width());
    let view = MapView::with_overlay(
        atlas,
        warnings,
        if width > 0.0 { width } else { 800.0 },
        overlay,
    );
    let svg = dom::build(&doc, &view.svg(&prefix))?;
    area.insert_before(
        &svg,
        dom::one(&area, ".rm-tooltip")
            .as_ref()
            .map(|t| t as &web_sys::Node),
    )?;
    {
        let mut inner = shared.borrow_mut();
        inner.width = view.scene.width;
        inner.view = Some(view);
        inner.root = Some(root);
    }
    prepare_svg(shared)?;
    events::attach(shared)?;
    if from_link.region.is_some() {
        select(shared, from_link.region, from_link.force, Focus::Keep);
    }
    super::present::open_linked(shared, from_link.slide.as_deref());
    apply(shared);
    let detail = js_sys::Object::new();
    let count = shared
        .borrow()
        .view
        .as_ref()
        .map_or(0, |v| v.scene.regions.len());
    let _ = js_sys::Reflect::set(&detail, &"regions".into(), &JsValue::from(count as u32));
    dispatch(shared, "rocu-map:ready", &detail);
    Ok(())
}

/// Colours the map by `overlay`: redraws the map, the controls and the compare
/// table, says so to screen readers, and tells the host.
pub(crate) fn show_overlay(shared: &Shared, overlay: Overlay) -> Result<(), WebError> {
    {
        let mut inner = shared.borrow_mut();
        let width = inner.width;
        let Some(view) = inner.view.as_mut() else {
            return Ok(());
        };
        if view.overlay == overlay {
            return Ok(());
        }
        view.set_overlay(overlay, width);
        inner.sort = None;
    }
    redraw_svg(shared)?;
    rebuild_controls(shared)?;
    rebuild_compare(shared)?;
    apply(shared);
    write_link(shared);
    let (title, id, measure) = {
        let inner = shared.borrow();
        let Some(view) = inner.view.as_ref() else {
            return Ok(());
        };
        (
            view.overlay_title().to_string(),
            view.overlay.id(),
            view.overlay.measure().map(String::from),
        )
    };
    live(shared, &format!("The map is coloured by {title}."));
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"overlay".into(), &JsValue::from_str(id));
    let _ = js_sys::Reflect::set(
        &detail,
        &"measure".into(),
        &measure.as_deref().map_or(JsValue::NULL, JsValue::from_str),
    );
    dispatch(shared, "rocu-map:overlay", &detail);
    Ok(())
}

/// Rebuilds the overlay controls, keeping keyboard focus on the same control.
fn rebuild_controls(shared: &Shared) -> Result<(), WebError> {
    rebuild(shared, ".rm-controls", "data-control", &|inner, view| {
        controls::controls(&view.atlas.network, &view.overlay, &inner.prefix)
    })
}

/// Rebuilds the compare table (in the current sort) and its CSV download.
fn rebuild_compare(shared: &Shared) -> Result<(), WebError> {
    rebuild(shared, ".rm-compare-body", "data-sort", &|inner, view| {
        let file = controls::file_name(&view.overlay, &view.atlas.network.meta.as_of, "csv");
        controls::compare_body(&view.compare(), inner.sort, &file)
    })
}

/// Replaces the part of the widget at `selector` with a fresh tree from `make`,
/// and puts keyboard focus back on the twin (the same `key` attribute) of the
/// element that had it.
fn rebuild(
    shared: &Shared,
    selector: &str,
    key: &str,
    make: &dyn Fn(&Inner, &MapView) -> Node,
) -> Result<(), WebError> {
    let inner = shared.borrow();
    let (Some(view), Some(root)) = (inner.view.as_ref(), inner.root.as_ref()) else {
        return Ok(());
    };
    let Some(old) = dom::one(root, selector) else {
        return Ok(());
    };
    let doc = dom::document()?;
    let focused = doc
        .active_element()
        .filter(|a| old.contains(Some(a)))
        .and_then(|a| a.get_attribute(key));
    let fresh = dom::build(&doc, &make(&inner, view))?;
    if let Some(parent) = old.parent_node() {
        parent.replace_child(&fresh, &old)?;
    }
    if let Some(v) = focused {
        focus_on(&fresh, &format!("[{key}=\"{v}\"]"));
    }
    Ok(())
}

/// Sorts the compare table by `column`: a second press on the same column
/// reverses the order.
/// `heading` is the column's words, for the announcement.
pub(crate) fn sort(shared: &Shared, column: usize, heading: &str) -> Result<(), WebError> {
    let words = {
        let mut inner = shared.borrow_mut();
        let descending = matches!(inner.sort, Some((c, false)) if c == column);
        inner.sort = Some((column, descending));
        let order = if descending {
            "descending"
        } else {
            "ascending"
        };
        format!("Table sorted by {heading}, {order}.")
    };
    rebuild_compare(shared)?;
    live(shared, &words);
    Ok(())
}

/// Focuses the first element in `root` that matches `selector`, if any.
pub(crate) fn focus_on(root: &Element, selector: &str) {
    if let Some(h) = dom::one(root, selector).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = h.focus();
    }
}

/// Says `words` in the live region.
fn live(shared: &Shared, words: &str) {
    if let Some(l) = shared
        .borrow()
        .root
        .as_ref()
        .and_then(|r| dom::one(r, ".rm-live"))
    {
        l.set_text_content(Some(words));
    }
}

/// Shows an error in place of the map and tells the host.
pub(crate) fn fail(shared: &Shared, error: &WebError) {
    let (summary, core) = match error {
        WebError::Core(e) => (
            "The data file has problems, so the map cannot be drawn.".to_string(),
            Some(e),
        ),
        WebError::Fetch(m) => (format!("The data file could not be loaded ({m})."), None),
        other => (other.to_string(), None),
    };
    let node = widget::error_box(&summary, core);
    let host = shared.borrow().host.clone();
    if let Ok(doc) = dom::document() {
        if let Ok(el) = dom::build(&doc, &node) {
            let _ = dom::replace_children(&host, &el);
        }
    }
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &detail,
        &"message".into(),
        &JsValue::from_str(&error.to_string()),
    );
    let problems = js_sys::Array::new();
    if let WebError::Core(crate::core::error::Error::Invalid(list)) = error {
        for p in list {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"path".into(), &JsValue::from_str(&p.path));
            let _ = js_sys::Reflect::set(&o, &"message".into(), &JsValue::from_str(&p.message));
            let _ = js_sys::Reflect::set(
                &o,
                &"hint".into(),
                &p.hint.as_deref().map_or(JsValue::NULL, JsValue::from_str),
            );
            problems.push(&o);
        }
    }
    let _ = js_sys::Reflect::set(&detail, &"problems".into(), &problems);
    dispatch(shared, "rocu-map:error", &detail);
}

/// Shows a panic message in every live map (the hook runs before the abort).
pub fn show_panic(message: &str) {
    let live: Vec<Shared> = LIVE.with(|l| l.borrow().iter().filter_map(Weak::upgrade).collect());
    for shared in live {
        let host = match shared.try_borrow() {
            Ok(inner) => inner.host.clone(),
            Err(_) => continue,
        };
        let node = widget::error_box(
            &format!("The map stopped because of an internal error: {message}"),
            None,
        );
        if let Ok(doc) = dom::document() {
            if let Ok(el) = dom::build(&doc, &node) {
                let _ = dom::replace_children(&host, &el);
            }
        }
    }
}

/// Makes the freshly built SVG focusable and describes it.
fn prepare_svg(shared: &Shared) -> Result<(), WebError> {
    let inner = shared.borrow();
    if let Some(svg) = inner.root.as_ref().and_then(|r| dom::one(r, "svg.rm-svg")) {
        svg.set_attribute("tabindex", "0")?;
        svg.set_attribute("aria-describedby", &widget::help_id(&inner.prefix))?;
    }
    Ok(())
}

/// Lays the map out again with type `scale` times the usual size (the
/// selection is kept): larger while presenting.
pub(crate) fn set_type_scale(shared: &Shared, scale: f64) -> Result<(), WebError> {
    if let Some(view) = shared.borrow_mut().view.as_mut() {
        view.set_type_scale(scale);
    }
    redraw_svg(shared)?;
    apply(shared);
    Ok(())
}

/// Lays the map out again for a new width (the selection is kept).
pub(crate) fn relayout(shared: &Shared, width: f64) -> Result<(), WebError> {
    {
        let mut inner = shared.borrow_mut();
        if inner.destroyed || (inner.width - width).abs() < 1.0 || width < 50.0 {
            return Ok(());
        }
        let Some(view) = inner.view.as_mut() else {
            return Ok(());
        };
        view.resize(width);
        inner.width = view.scene.width;
    }
    redraw_svg(shared)?;
    apply(shared);
    Ok(())
}

/// Replaces the SVG with a fresh one from the current layout, keeping focus on it.
fn redraw_svg(shared: &Shared) -> Result<(), WebError> {
    {
        let inner = shared.borrow();
        let Some(view) = inner.view.as_ref() else {
            return Ok(());
        };
        let doc = dom::document()?;
        let fresh = dom::build(&doc, &view.svg(&inner.prefix))?;
        if let Some(old) = inner.root.as_ref().and_then(|r| dom::one(r, "svg.rm-svg")) {
            let had_focus = doc.active_element().is_some_and(|a| a == old);
            if let Some(parent) = old.parent_node() {
                parent.replace_child(&fresh, &old)?;
            }
            if had_focus {
                if let Some(svg) = fresh.dyn_ref::<web_sys::SvgElement>() {
                    let _ = svg.focus();
                }
            }
        }
    }
    super::present::show(shared);
    prepare_svg(shared)
}

/// Where focus should go after a selection changes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Focus {
    /// Leave it where it is (or, if its element was replaced, on its twin).
    Keep,
    /// Move it to the panel heading (a choice made in the panel's region list).
    Panel,
}

/// Changes the selection, updates everything that shows it, and tells the host.
pub(crate) fn select(
    shared: &Shared,
    region: Option<String>,
    force: Option<String>,
    focus: Focus,
) -> bool {
    let changed = {
        let mut inner = shared.borrow_mut();
        let Some(view) = inner.view.as_ref() else {
            return false;
        };
        if region.as_deref().is_some_and(|r| !view.has_region(r)) {
            return false;
        }
        let force = match (&region, force) {
            (Some(r), Some(f)) if view.force_in_region(&f, r) => Some(f),
            (_, Some(_)) => return false,
            (_, None) => None,
        };
        if inner.selected == region && inner.force == force {
            false
        } else {
            inner.selected = region.clone();
            inner.force = force;
            if region.is_some() {
                inner.active = region;
            }
            true
        }
    };
    if !changed {
        return true;
    }
    render_panel(shared, focus);
    apply(shared);
    announce(shared);
    write_link(shared);
    let (region, force) = {
        let inner = shared.borrow();
        (inner.selected.clone(), inner.force.clone())
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &detail,
        &"region".into(),
        &region.as_deref().map_or(JsValue::NULL, JsValue::from_str),
    );
    let _ = js_sys::Reflect::set(
        &detail,
        &"force".into(),
        &force.as_deref().map_or(JsValue::NULL, JsValue::from_str),
    );
    dispatch(shared, "rocu-map:select", &detail);
    true
}

fn render_panel(shared: &Shared, focus: Focus) {
    let inner = shared.borrow();
    let (Some(view), Some(root)) = (inner.view.as_ref(), inner.root.as_ref()) else {
        return;
    };
    let Some(panel) = dom::one(root, ".rm-panel") else {
        return;
    };
    let Ok(doc) = dom::document() else { return };
    // Remember what had focus in the panel, to put it back on the rebuilt twin.
    let focused = doc.active_element().filter(|a| panel.contains(Some(a)));
    let twin = focused.as_ref().and_then(|a| {
        a.get_attribute("data-force")
            .map(|f| format!("[data-force=\"{f}\"]"))
            .or_else(|| {
                a.get_attribute("data-region")
                    .map(|r| format!("[data-region=\"{r}\"]"))
            })
    });
    let node = details::panel(
        &view.atlas.network,
        inner.selected.as_deref(),
        inner.force.as_deref(),
        &inner.prefix,
    );
    let Ok(el) = dom::build(&doc, &node) else {
        return;
    };
    if dom::replace_children(&panel, &el).is_err() {
        return;
    }
    let target = match (focus, twin) {
        (Focus::Panel, _) => dom::one(&panel, ".rm-details-title"),
        (Focus::Keep, Some(sel)) => dom::one(&panel, &sel).or_else(|| dom::one(root, "svg.rm-svg")),
        (Focus::Keep, None) if focused.is_some() => dom::one(root, "svg.rm-svg"),
        _ => None,
    };
    if let Some(t) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = t.focus();
    } else if let Some(t) = dom::one(root, "svg.rm-svg").filter(|_| focused.is_some()) {
        let _ = t.dyn_into::<web_sys::SvgElement>().map(|s| s.focus());
    }
}

fn announce(shared: &Shared) {
    let words = {
        let inner = shared.borrow();
        let Some(view) = inner.view.as_ref() else {
            return;
        };
        details::announcement(
            &view.atlas.network,
            inner.selected.as_deref(),
            inner.force.as_deref(),
        )
    };
    live(shared, &words);
}

pub(crate) fn write_link(shared: &Shared) {
    let inner = shared.borrow();
    if !inner.deep_link {
        return;
    }
    let overlay = inner.view.as_ref().map(|v| &v.overlay);
    let state = LinkState {
        region: inner.selected.clone(),
        force: inner.force.clone(),
        overlay: overlay
            .filter(|o| **o != Overlay::Regions)
            .map(|o| o.id().to_string()),
        measure: overlay.and_then(|o| o.measure()).map(String::from),
        slide: inner.step.map(|s| (s + 1).to_string()),
    };
    let Ok(window) = dom::window() else {
        return;
    };
    let hash = link::write(&dom::hash(), &state);
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let url = if hash.is_empty() {
            base
        } else {
            format!("{base}{hash}")
        };
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Applies selection, focus and hover to the SVG's classes and ARIA states.
pub(crate) fn apply(shared: &Shared) {
    let inner = shared.borrow();
    let Some(root) = inner.root.as_ref() else {
        return;
    };
    let Some(svg) = dom::one(root, "svg.rm-svg") else {
        return;
    };
    let selected = inner.selected.as_deref();
    let hover = inner.hover.as_ref().map(|(r, _)| r.as_str());
    dom::toggle(&svg, "has-selection", selected.is_some());
    for g in dom::all(&svg, "[data-region]") {
        let id = g.get_attribute("data-region");
        let is = |x: Option<&str>| id.as_deref().is_some_and(|i| Some(i) == x);
        dom::toggle(&g, "is-selected", is(selected));
        dom::toggle(&g, "is-hover", is(hover));
        let _ = g.set_attribute("aria-selected", if is(selected) { "true" } else { "false" });
    }
    for o in dom::all(&svg, "[data-outline]") {
        let id = o.get_attribute("data-outline");
        let is = |x: Option<&str>| id.as_deref().is_some_and(|i| Some(i) == x);
        dom::toggle(&o, "is-selected", is(selected));
        dom::toggle(&o, "is-hover", is(hover));
    }
    if let Some(inset) = dom::one(&svg, "[data-inset-region]") {
        let id = inset.get_attribute("data-inset-region");
        dom::toggle(
            &inset,
            "is-selected",
            id.as_deref() == selected && selected.is_some(),
        );
        dom::toggle(
            &inset,
            "is-hover",
            id.as_deref() == hover && hover.is_some(),
        );
    }
    for f in dom::all(&svg, "[data-force]") {
        let on = f.get_attribute("data-force").as_deref() == inner.force.as_deref()
            && inner.force.is_some();
        dom::toggle(&f, "is-force-selected", on);
    }
    match inner.active.as_deref() {
        Some(active) => {
            let _ = svg.set_attribute(
                "aria-activedescendant",
                &markup::option_id(&inner.prefix, active),
            );
            let outline = dom::one(
                &svg,
                &format!("#{}", markup::outline_id(&inner.prefix, active)),
            );
            let d = outline
                .and_then(|o| o.get_attribute("d"))
                .unwrap_or_default();
            for p in dom::all(&svg, ".rm-focus path") {
                let _ = p.set_attribute("d", &d);
            }
        }
        None => {
            let _ = svg.remove_attribute("aria-activedescendant");
        }
    }
}

/// Shows the tooltip for a region at a point in the map area's pixels, or hides it.
pub(crate) fn tooltip(shared: &Shared, at: Option<(String, Option<String>, f64, f64)>) {
    let inner = shared.borrow();
    let (Some(view), Some(root)) = (inner.view.as_ref(), inner.root.as_ref()) else {
        return;
    };
    let Some(tip) = dom::one(root, ".rm-tooltip").and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Some((region, force, x, y)) = at else {
        tip.set_hidden(true);
        return;
    };
    let mut lines = details::tooltip(&view.atlas.network, &region, force.as_deref());
    if let Some(value) = view.value_of(&region) {
        lines.push(format!("{}: {value}", view.overlay_title()));
    }
    while let Some(c) = tip.first_child() {
        let _ = tip.remove_child(&c);
    }
    let Ok(doc) = dom::document() else { return };
    for (i, line) in lines.iter().enumerate() {
        let node = Node::html(if i == 0 { "strong" } else { "span" })
            .attr("class", "rm-tooltip-line")
            .text(line.clone());
        if let Ok(el) = dom::build(&doc, &node) {
            let _ = tip.append_child(&el);
        }
    }
    let area_w = tip
        .parent_element()
        .map_or(0.0, |p| f64::from(p.client_width()));
    // Keep the tooltip inside the map area: flip to the left of the pointer near the right edge.
    let flip = x > area_w * 0.6;
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", crate::core::path::fmt1(x.round())));
    let _ = style.set_property("top", &format!("{}px", crate::core::path::fmt1(y.round())));
    dom::toggle(&tip, "is-flipped", flip);
    tip.set_hidden(false);
}

/// Dispatches a bubbling, composed custom event on the host element.
pub(crate) fn dispatch(shared: &Shared, name: &str, detail: &js_sys::Object) {
    let host = shared.borrow().host.clone();
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
