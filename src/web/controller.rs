//! One mounted map: the host's handle, loading the data, and what is shown
//! when it cannot be drawn. What the map does is decided by the core's
//! [`MapState`]; `effects.rs` shows it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::dom;
use super::effects::{self, detail};
use super::error::describe;
use super::error::WebError;
use super::events::{self, Listeners};
use super::options::{DataSource, Options};
use super::ui::{Drawn, Part, Ui};
use crate::core::data::json::Value;
use crate::core::data::validate::{text, Problem};
use crate::core::interact::link::{self, LinkState};
use crate::core::interact::state::{Action, MapState};
use crate::core::lang::words;
use crate::core::layout::overlay::Overlay;
use crate::core::layout::view::MapView;
use crate::core::markup::controls;
use crate::core::markup::node::Node;
use crate::core::markup::widget;

/// Shared state of one map.
pub(crate) type Shared = Rc<RefCell<Inner>>;

/// One mounted map.
pub(crate) struct Inner {
    pub host: HtmlElement,
    pub prefix: String,
    pub deep_link: bool,
    /// Whether the controls offer the map in the other language.
    pub language_switch: bool,
    /// The map and what the user has done to it, once the data is drawn.
    pub map: Option<MapState>,
    /// The built widget, once the data is drawn.
    pub ui: Option<Ui>,
    pub listeners: Listeners,
    pub destroyed: bool,
    /// The address to write at the end of the current task, if any.
    pub link: Option<LinkState>,
}

/// Whether this map reads and writes the address: of the maps on the page
/// with deep links on, only the first mounted that is still there does, so two
/// maps never drive each other through it (nor both present from one link).
/// When it is destroyed, the next takes the address over.
pub(crate) fn owns_address(shared: &Shared, deep_link: bool) -> bool {
    deep_link
        && LIVE.with(|live| {
            live.borrow()
                .iter()
                .filter_map(Weak::upgrade)
                .find(|m| {
                    Rc::ptr_eq(m, shared)
                        || m.try_borrow().is_ok_and(|i| i.deep_link && !i.destroyed)
                })
                .is_some_and(|m| Rc::ptr_eq(&m, shared))
        })
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
        inner.ui = None;
        inner.map = None;
    }

    /// Selects a region (and optionally highlights one of its forces); `null` clears.
    /// Returns false when the region or force is unknown.
    pub fn select(&self, region: Option<String>, force: Option<String>) -> bool {
        let accepted = self
            .inner
            .borrow()
            .map
            .as_ref()
            .is_some_and(|m| m.accepts(region.as_deref(), force.as_deref()));
        if accepted {
            effects::perform(&self.inner, Action::Select { region, force }, None);
        }
        accepted
    }

    /// Colours the map by `overlay` (`regions`, `capabilities`, `funding`,
    /// `dedicated-lead`, `tasking` or `inspection`) and its `measure` (a
    /// capability or funding-source id; none for coverage or the total), as the
    /// controls would. Returns false, and nothing changes, for an overlay or
    /// measure the map does not have, or before the map is drawn.
    #[wasm_bindgen(js_name = setOverlay)]
    pub fn set_overlay(&self, overlay: &str, measure: Option<String>) -> bool {
        let measure = measure.filter(|m| !matches!(m.as_str(), "" | "coverage" | "total"));
        let chosen = self.inner.borrow().map.as_ref().and_then(|m| {
            let o = Overlay::from_link(&m.view.atlas.network, Some(overlay), measure.as_deref());
            // An unknown overlay or measure reads as the plain map or no measure.
            (o.id() == overlay && o.measure() == measure.as_deref()).then_some(o)
        });
        let accepted = chosen.is_some();
        if let Some(o) = chosen {
            effects::perform(&self.inner, Action::SetOverlay(o), None);
        }
        accepted
    }

    /// The selected region id, if any.
    #[wasm_bindgen(getter)]
    pub fn region(&self) -> Option<String> {
        self.inner.borrow().map.as_ref()?.selected.clone()
    }

    /// The highlighted force code, if any.
    #[wasm_bindgen(getter)]
    pub fn force(&self) -> Option<String> {
        self.inner.borrow().map.as_ref()?.force.clone()
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

    /// Says whether a data file of `bytes` bytes (its `Content-Length`, known
    /// before it is read) may be read. If it is too large, shows why in the
    /// same words as `rocu-map validate`, and the file need not be downloaded.
    #[wasm_bindgen(js_name = acceptsLength)]
    pub fn accepts_length(&self, bytes: f64) -> bool {
        // A length the browser cannot give is not a reason to refuse.
        let known = bytes.is_finite() && bytes >= 0.0;
        match text::too_large_to_read(bytes as usize).filter(|_| known) {
            Some(problem) => {
                if !self.inner.borrow().destroyed {
                    fail(&self.inner, &invalid(problem));
                }
                false
            }
            None => true,
        }
    }

    /// Shows that the data could not be fetched, with the reason (such as `404 Not Found`).
    pub fn fail(&self, reason: JsValue) {
        if !self.inner.borrow().destroyed {
            fail(&self.inner, &WebError::Fetch(describe(&reason)));
        }
    }

    /// What "Download this map" saves of the current view: `{ name, svg }`,
    /// a file name with `extension` (such as `rocu-map_funding_2021-02-01.png`)
    /// and the view as a standalone SVG document, the same bytes as
    /// `rocu-map render --format svg` for the same view; `null` before the map
    /// is drawn.
    pub fn download(&self, extension: &str) -> JsValue {
        let inner = self.inner.borrow();
        let Some(map) = inner.map.as_ref() else {
            return JsValue::NULL;
        };
        let view = &map.view;
        detail(&Download {
            name: controls::file_name(&view.overlay, &view.atlas.network.meta.as_of, extension),
            svg: crate::core::markup::export::svg_document(view, map.selected.as_deref()),
        })
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
                    .text(crate::core::lang::words().loading()),
            )?;
            dom::replace_children(&host, &loading)?;
        }
        let inner = Rc::new(RefCell::new(Inner {
            host,
            prefix,
            deep_link: options.deep_link,
            language_switch: options.language_switch,
            map: None,
            ui: None,
            listeners: Listeners::default(),
            destroyed: false,
            link: None,
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
        DataSource::Object(o) => Ok((super::json::to_value(&o, 0), Vec::new())),
        DataSource::Text(t) => super::json::parse(&t).map_err(invalid),
    };
    if let Err(e) = value.and_then(|(v, scanned)| load(shared, &v, scanned)) {
        fail(shared, &e);
    }
}

fn invalid(problem: Problem) -> WebError {
    WebError::Core(crate::core::error::Error::Invalid(vec![problem]))
}

/// A file "Download this map" saves.
#[derive(Serialize)]
struct Download {
    name: String,
    svg: String,
}

/// The `detail` of `rocu-map:ready`.
#[derive(Serialize)]
struct Ready {
    regions: usize,
}

fn load(shared: &Shared, value: &Value, scanned: Vec<Problem>) -> Result<(), WebError> {
    let (atlas, warnings) = MapView::prepare(value, scanned)?;
    let doc = dom::document()?;
    let (deep_link, switch, prefix, host) = {
        let inner = shared.borrow();
        (
            inner.deep_link,
            inner.language_switch,
            inner.prefix.clone(),
            inner.host.clone(),
        )
    };
    let from_link = if owns_address(shared, deep_link) {
        link::parse(&dom::hash())
    } else {
        LinkState::default()
    };
    // The overlay the link names is drawn straight away; the selection and
    // slide are then actions like any other.
    let overlay = Overlay::from_link(
        &atlas.network,
        from_link.overlay.as_deref(),
        from_link.measure.as_deref(),
    );
    let tree = widget::widget(&atlas.network, &warnings, &prefix, &overlay, switch);
    let root = dom::build(&doc, &tree)?;
    dom::replace_children(&host, &root)?;
    let find = |selector: &str| {
        dom::one(&root, selector).ok_or_else(|| WebError::Dom(format!("no {selector}")))
    };
    // Lay the map out once, at the width the page gives the map area.
    let area = find(".rm-map-area")?;
    let width = f64::from(area.client_width());
    let view = MapView::with_overlay(
        atlas,
        warnings,
        if width > 0.0 { width } else { 800.0 },
        overlay,
    );
    let drawn = Drawn::build(&doc, view.svg(&prefix))?;
    let tooltip = find(".rm-tooltip")?;
    area.insert_before(&drawn.svg, tooltip.parent_node().as_ref())?;
    drawn.svg.set_attribute("tabindex", "0")?;
    // Described by the key points, then the keyboard help.
    drawn.svg.set_attribute(
        "aria-describedby",
        &format!(
            "{} {}",
            widget::points_id(&prefix),
            widget::help_id(&prefix)
        ),
    )?;
    // The controls and the table are patched later against the trees they
    // were built from.
    let part = |class: &str| -> Result<Part, WebError> {
        let built = tree
            .find_class(class)
            .ok_or_else(|| WebError::Dom(format!("no {class}")))?;
        Ok(Part::adopt(find(&format!(".{class}"))?, built.clone()))
    };
    let (controls, compare) = (part("rm-controls")?, part("rm-compare-body")?);
    let panel = find(".rm-panel")?;
    let list = panel
        .first_element_child()
        .ok_or_else(|| WebError::Dom("no panel".into()))?;
    let ui = Ui {
        // (The width read above: reading it again would lay the page out
        // again, with the map in it.)
        area_width: width,
        live: find(".rm-live")?,
        tooltip: tooltip.unchecked_into(),
        step: dom::one(&root, ".rm-step"),
        points: find(".rm-points")?,
        slide: find(".rm-slide-area")?,
        panels: vec![(None, list)],
        tip: Vec::new(),
        entered_at: None,
        ring: None,
        root,
        area,
        panel,
        drawn,
        controls,
        compare,
    };
    {
        let mut inner = shared.borrow_mut();
        inner.map = Some(MapState::new(view));
        inner.ui = Some(ui);
    }
    events::attach(shared)?;
    if from_link.region.is_some() || from_link.slide.is_some() {
        effects::perform(shared, Action::Link(from_link), None);
    }
    let regions = shared
        .borrow()
        .map
        .as_ref()
        .map_or(0, |m| m.view.scene.regions.len());
    let host = shared.borrow().host.clone();
    dispatch(&host, "rocu-map:ready", &detail(&Ready { regions }));
    effects::build_panels_when_idle(shared);
    Ok(())
}

/// One problem in the data, as the host's `rocu-map:error` lists it.
#[derive(Serialize)]
struct ProblemDetail<'a> {
    path: &'a str,
    message: &'a str,
    hint: Option<&'a str>,
}

/// The `detail` of `rocu-map:error`.
#[derive(Serialize)]
struct ErrorDetail<'a> {
    message: String,
    problems: Vec<ProblemDetail<'a>>,
}

/// Shows an error in place of the map and tells the host.
pub(crate) fn fail(shared: &Shared, error: &WebError) {
    let (summary, core) = match error {
        WebError::Core(e) => (words().data_has_problems().to_string(), Some(e)),
        WebError::Fetch(m) => (words().data_not_loaded(m), None),
        other => (other.to_string(), None),
    };
    let node = widget::error_box(&summary, core);
    let host = shared.borrow().host.clone();
    if let Ok(doc) = dom::document() {
        if let Ok(el) = dom::build(&doc, &node) {
            let _ = dom::replace_children(&host, &el);
        }
    }
    let problems = match error {
        WebError::Core(crate::core::error::Error::Invalid(list)) => list
            .iter()
            .map(|p| ProblemDetail {
                path: &p.path,
                message: &p.message,
                hint: p.hint.as_deref(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let about = ErrorDetail {
        message: error.to_string(),
        problems,
    };
    dispatch(&host, "rocu-map:error", &detail(&about));
}

/// Shows a panic message in every live map (the hook runs before the abort).
pub fn show_panic(message: &str) {
    let live: Vec<Shared> = LIVE.with(|l| l.borrow().iter().filter_map(Weak::upgrade).collect());
    for shared in live {
        let host = match shared.try_borrow() {
            Ok(inner) => inner.host.clone(),
            Err(_) => continue,
        };
        let node = widget::error_box(&words().internal_error(message), None);
        if let Ok(doc) = dom::document() {
            if let Ok(el) = dom::build(&doc, &node) {
                let _ = dom::replace_children(&host, &el);
            }
        }
    }
}

/// Dispatches a bubbling, composed custom event on the host element.
pub(crate) fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
