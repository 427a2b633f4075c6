//! The map's listeners: one delegated listener per event type on the widget
//! root, plus the window's `hashchange` and a `ResizeObserver`. All closures are
//! owned here, so `destroy()` frees them.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, KeyboardEvent, MouseEvent};

use super::controller::{self, Focus, Shared};
use super::dom;
use super::error::WebError;
use super::present;
use crate::core::link;
use crate::core::navigate::Direction;
use crate::core::overlay::Overlay;

type Handler = Closure<dyn FnMut(Event)>;
type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The listeners of one map.
#[derive(Default)]
pub(crate) struct Listeners {
    items: Vec<(EventTarget, &'static str, Handler)>,
    observer: Option<Observer>,
}

impl Listeners {
    /// Removes every listener. The closures are dropped on a later tick, because
    /// `destroy()` may be called from inside one of them (a host's event handler).
    pub fn clear(&mut self) {
        let items = std::mem::take(&mut self.items);
        for (target, kind, handler) in &items {
            let _ =
                target.remove_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
        }
        let observer = self.observer.take();
        if let Some((o, _)) = &observer {
            o.disconnect();
        }
        // Safe even from inside one of these handlers: wasm-bindgen frees a
        // closure that is running only once it returns.
        drop(items);
        drop(observer);
    }

    fn add(
        &mut self,
        target: &EventTarget,
        kind: &'static str,
        handler: Handler,
    ) -> Result<(), WebError> {
        target.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref())?;
        self.items.push((target.clone(), kind, handler));
        Ok(())
    }
}

fn handler(shared: &Shared, f: fn(&Shared, Event)) -> Handler {
    let weak = Rc::downgrade(shared);
    Closure::wrap(Box::new(move |e: Event| {
        if let Some(s) = weak.upgrade() {
            if !s.borrow().destroyed {
                f(&s, e);
            }
        }
    }) as Box<dyn FnMut(Event)>)
}

/// Wires the listeners of a freshly loaded map.
pub(crate) fn attach(shared: &Shared) -> Result<(), WebError> {
    let root: Element = shared
        .borrow()
        .root
        .clone()
        .ok_or_else(|| WebError::Dom("no widget".into()))?;
    let area =
        dom::one(&root, ".rm-map-area").ok_or_else(|| WebError::Dom("no map area".into()))?;
    let window = super::dom::window()?;
    let mut l = Listeners::default();
    l.add(&root, "click", handler(shared, on_click))?;
    l.add(&root, "keydown", handler(shared, on_key))?;
    l.add(&root, "change", handler(shared, on_change))?;
    l.add(&root, "focusin", handler(shared, on_focus))?;
    l.add(
        &root,
        "focusout",
        handler(shared, |s, _| controller::tooltip(s, None)),
    )?;
    l.add(&root, "mousemove", handler(shared, on_move))?;
    l.add(&area, "mouseleave", handler(shared, on_leave))?;
    l.add(&window, "hashchange", handler(shared, on_hash))?;
    // Presentation: leaving full screen ends it, and the stepping keys work
    // wherever focus is (a clicker sends PageDown to whatever has it).
    let document: EventTarget = dom::document()?.into();
    l.add(
        &document,
        "fullscreenchange",
        handler(shared, present::on_event),
    )?;
    l.add(&document, "keydown", handler(shared, present::on_event))?;

    let weak = Rc::downgrade(shared);
    let resize = Closure::wrap(Box::new(move |entries: js_sys::Array| {
        let Some(s) = weak.upgrade() else { return };
        let width = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .map(|e| e.content_rect().width())
            .unwrap_or(0.0);
        if let Err(e) = controller::relayout(&s, width) {
            controller::fail(&s, &e);
        }
    }) as Box<dyn FnMut(js_sys::Array)>);
    let observer = web_sys::ResizeObserver::new(resize.as_ref().unchecked_ref())?;
    observer.observe(&area);
    l.observer = Some((observer, resize));
    shared.borrow_mut().listeners = l;
    Ok(())
}

fn on_click(s: &Shared, e: Event) {
    let target = e.target();
    if dom::closest(target.clone(), "[data-action=\"present\"]").is_some() {
        present::toggle(s);
        return;
    }
    if dom::closest(target.clone(), "[data-action=\"clear\"]").is_some() {
        controller::select(s, None, None, Focus::Keep);
        return;
    }
    if let Some(b) = dom::closest(target.clone(), ".rm-panel button[data-force]") {
        let code = b.get_attribute("data-force");
        let (region, current) = {
            let inner = s.borrow();
            (inner.selected.clone(), inner.force.clone())
        };
        let force = if current == code { None } else { code };
        controller::select(s, region, force, Focus::Keep);
        return;
    }
    if let Some(b) = dom::closest(target.clone(), ".rm-compare-view button[data-sort]") {
        let column = b.get_attribute("data-sort").and_then(|c| c.parse().ok());
        if let Some(column) = column {
            let heading = b.text_content().unwrap_or_default();
            if let Err(e) = controller::sort(s, column, &heading) {
                controller::fail(s, &e);
            }
        }
        return;
    }
    if let Some(b) = dom::closest(target.clone(), ".rm-panel button[data-region]") {
        controller::select(s, b.get_attribute("data-region"), None, Focus::Panel);
        return;
    }
    if dom::closest(target.clone(), "svg.rm-svg").is_none() {
        return;
    }
    let (region, force) = under(s, target);
    if region.is_some() {
        controller::select(s, region, force, Focus::Keep);
    }
}

/// The region (and, for a tiny force's hit target, the force) under an event target.
fn under(s: &Shared, target: Option<EventTarget>) -> (Option<String>, Option<String>) {
    if let Some(f) = dom::closest(target.clone(), "svg.rm-svg [data-force]") {
        let code = f.get_attribute("data-force").unwrap_or_default();
        let inner = s.borrow();
        let region = inner
            .view
            .as_ref()
            .and_then(|v| v.region_of_force(&code))
            .map(String::from);
        let force = f.class_list().contains("rm-hit").then_some(code);
        return (region, force);
    }
    let region = dom::closest(target, "svg.rm-svg [data-region]")
        .and_then(|g| g.get_attribute("data-region"));
    (region, None)
}

fn on_key(s: &Shared, e: Event) {
    let Some(key) = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
        return;
    };
    // F presents (anywhere in the map but a select); while presenting, the
    // document's listener has the keys.
    if (key == "f" || key == "F") && dom::closest(e.target(), "select").is_none() {
        e.prevent_default();
        present::toggle(s);
        return;
    }
    if s.borrow().step.is_some() || dom::closest(e.target(), "svg.rm-svg").is_none() {
        return;
    }
    let (active, selected, ids) = {
        let inner = s.borrow();
        let ids: Vec<String> = inner
            .view
            .as_ref()
            .map(|v| v.region_ids().iter().map(|s| s.to_string()).collect())
            .unwrap_or_default();
        (inner.active.clone(), inner.selected.clone(), ids)
    };
    let from = active.clone().or(selected.clone());
    let next = if let Some(dir) = Direction::from_key(&key) {
        let inner = s.borrow();
        inner
            .view
            .as_ref()
            .and_then(|v| v.step(from.as_deref(), dir))
            .or(from.clone())
    } else {
        match key.as_str() {
            "Home" => ids.first().cloned(),
            "End" => ids.last().cloned(),
            "Enter" | " " | "Spacebar" => {
                e.prevent_default();
                if let Some(a) = from {
                    controller::select(s, Some(a), None, Focus::Keep);
                }
                show_active_tooltip(s);
                return;
            }
            "Escape" | "Esc" => {
                e.prevent_default();
                controller::tooltip(s, None);
                controller::select(s, None, None, Focus::Keep);
                return;
            }
            _ => return,
        }
    };
    e.prevent_default();
    if next.is_some() {
        s.borrow_mut().active = next;
        controller::apply(s);
        show_active_tooltip(s);
    }
}

fn on_focus(s: &Shared, e: Event) {
    if dom::closest(e.target(), "svg.rm-svg").is_none() {
        return;
    }
    {
        let mut inner = s.borrow_mut();
        if inner.active.is_none() {
            let first = inner
                .view
                .as_ref()
                .and_then(|v| v.region_ids().first().map(|s| s.to_string()));
            inner.active = inner.selected.clone().or(first);
        }
    }
    controller::apply(s);
}

/// Shows the tooltip at the active region's label, for keyboard users.
fn show_active_tooltip(s: &Shared) {
    let at = {
        let inner = s.borrow();
        let (Some(view), Some(root), Some(active)) = (
            inner.view.as_ref(),
            inner.root.as_ref(),
            inner.active.as_ref(),
        ) else {
            return;
        };
        let (Some(svg), Some(area)) =
            (dom::one(root, "svg.rm-svg"), dom::one(root, ".rm-map-area"))
        else {
            return;
        };
        let ids = view.region_ids();
        let Some(i) = ids.iter().position(|r| r == active) else {
            return;
        };
        let [ax, ay] = view.anchors()[i];
        let (sr, ar) = (
            svg.get_bounding_client_rect(),
            area.get_bounding_client_rect(),
        );
        let ratio = sr.width() / view.scene.width.max(1.0);
        (
            active.clone(),
            sr.left() - ar.left() + ax * ratio,
            sr.top() - ar.top() + ay * ratio + 14.0,
        )
    };
    controller::tooltip(s, Some((at.0, None, at.1, at.2)));
}

fn on_move(s: &Shared, e: Event) {
    let Some(m) = e.dyn_ref::<MouseEvent>() else {
        return;
    };
    let (region, force) = under(s, e.target());
    let force = force.or_else(|| {
        dom::closest(e.target(), "svg.rm-svg [data-force]")
            .and_then(|f| f.get_attribute("data-force"))
    });
    let changed = {
        let mut inner = s.borrow_mut();
        let now = region.clone().map(|r| (r, force.clone()));
        let changed = inner.hover.as_ref().map(|h| &h.0) != now.as_ref().map(|h| &h.0);
        inner.hover = now;
        changed
    };
    if changed {
        controller::apply(s);
    }
    let area = s
        .borrow()
        .root
        .as_ref()
        .and_then(|r| dom::one(r, ".rm-map-area"));
    match (region, area) {
        (Some(r), Some(area)) => {
            let rect = area.get_bounding_client_rect();
            let (x, y) = (
                f64::from(m.client_x()) - rect.left(),
                f64::from(m.client_y()) - rect.top(),
            );
            controller::tooltip(s, Some((r, force, x, y + 18.0)));
        }
        _ => controller::tooltip(s, None),
    }
}

fn on_leave(s: &Shared, _: Event) {
    s.borrow_mut().hover = None;
    controller::apply(s);
    controller::tooltip(s, None);
}

fn on_hash(s: &Shared, _: Event) {
    if !s.borrow().deep_link {
        return;
    }
    let state = link::parse(&dom::hash());
    let overlay = s.borrow().view.as_ref().map(|v| {
        Overlay::from_link(
            &v.atlas.network,
            state.overlay.as_deref(),
            state.measure.as_deref(),
        )
    });
    if let Some(overlay) = overlay {
        show(s, overlay);
    }
    controller::select(s, state.region, state.force, Focus::Keep);
    present::open_linked(s, state.slide.as_deref());
}

/// A choice in the overlay controls.
fn on_change(s: &Shared, e: Event) {
    let Some(select) = dom::closest(e.target(), ".rm-controls select[data-control]") else {
        return;
    };
    let value = js_sys::Reflect::get(&select, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let overlay = {
        let inner = s.borrow();
        let Some(view) = inner.view.as_ref() else {
            return;
        };
        match select.get_attribute("data-control").as_deref() {
            Some("measure") => Overlay::parse(view.overlay.id(), Some(&value)),
            _ => Overlay::parse(&value, None),
        }
    };
    if let Some(overlay) = overlay {
        show(s, overlay);
    }
}

fn show(s: &Shared, overlay: Overlay) {
    if let Err(e) = controller::show_overlay(s, overlay) {
        controller::fail(s, &e);
    }
}
