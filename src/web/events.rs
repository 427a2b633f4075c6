//! The map's listeners: one delegated listener per event type on the widget
//! root, plus the window's `hashchange`, the document's keys and full-screen
//! changes, and a `ResizeObserver`. Each turns a DOM event into one of the
//! core's actions and nothing more. All closures are owned here, so
//! `destroy()` frees them.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, KeyboardEvent, MouseEvent};

use super::controller::Shared;
use super::dom;
use super::effects::perform;
use super::error::WebError;
use super::present;
use crate::core::interact::link;
use crate::core::interact::state::{Action, Place, Pointer};
use crate::core::layout::overlay::Overlay;

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

/// A listener that hands the event to `f`, unless the map is gone or the
/// event was fired by the map's own update (a focused element removed),
/// which is already being shown.
fn handler(shared: &Shared, f: fn(&Shared, Event)) -> Handler {
    let weak = Rc::downgrade(shared);
    Closure::wrap(Box::new(move |e: Event| {
        if let Some(s) = weak.upgrade() {
            let live = s.try_borrow().is_ok_and(|inner| !inner.destroyed);
            if live {
                f(&s, e);
            }
        }
    }) as Box<dyn FnMut(Event)>)
}

/// Wires the listeners of a freshly loaded map.
pub(crate) fn attach(shared: &Shared) -> Result<(), WebError> {
    let (root, area) = {
        let inner = shared.borrow();
        let ui = inner
            .ui
            .as_ref()
            .ok_or_else(|| WebError::Dom("no widget".into()))?;
        (ui.root.clone(), ui.area.clone())
    };
    let window = super::dom::window()?;
    let mut l = Listeners::default();
    l.add(&root, "click", handler(shared, on_click))?;
    l.add(&root, "keydown", handler(shared, on_key))?;
    l.add(&root, "change", handler(shared, on_change))?;
    l.add(&root, "focusin", handler(shared, on_focus))?;
    l.add(
        &root,
        "focusout",
        handler(shared, |s, e| perform(s, Action::Blur, Some(&e))),
    )?;
    // The pointer entering a shape is the first event the browser sends
    // (before `mouseover` and the moves), so the highlight answers it.
    l.add(&root, "pointerover", handler(shared, on_move))?;
    l.add(&root, "pointermove", handler(shared, on_move))?;
    l.add(
        &area,
        "mouseleave",
        handler(shared, |s, e| perform(s, Action::Hover(None), Some(&e))),
    )?;
    l.add(&window, "hashchange", handler(shared, on_hash))?;
    // Printing a presentation prints every step, a page each.
    l.add(
        &window,
        "beforeprint",
        handler(shared, |s, _| present::print_steps(s, true)),
    )?;
    l.add(
        &window,
        "afterprint",
        handler(shared, |s, _| present::print_steps(s, false)),
    )?;
    // Presentation: leaving full screen ends it, and the stepping keys work
    // wherever focus is (a clicker sends PageDown to whatever has it).
    let document: EventTarget = dom::document()?.into();
    l.add(
        &document,
        "fullscreenchange",
        handler(shared, |s, e| {
            perform(
                s,
                Action::FullScreenChanged(present::is_full_screen()),
                Some(&e),
            )
        }),
    )?;
    l.add(
        &document,
        "keydown",
        handler(shared, |s, e| {
            if let Some(k) = e.dyn_ref::<KeyboardEvent>() {
                perform(s, Action::Key(k.key(), Place::Document), Some(&e));
            }
        }),
    )?;

    let weak = Rc::downgrade(shared);
    let resize = Closure::wrap(Box::new(move |entries: js_sys::Array| {
        let Some(s) = weak.upgrade() else { return };
        let width = entries
            .get(0)
            .dyn_into::<web_sys::ResizeObserverEntry>()
            .map(|e| e.content_rect().width())
            .unwrap_or(0.0);
        if let Some(ui) = s.borrow_mut().ui.as_mut() {
            ui.area_width = width;
        }
        perform(&s, Action::Resize(width), None);
    }) as Box<dyn FnMut(js_sys::Array)>);
    let observer = web_sys::ResizeObserver::new(resize.as_ref().unchecked_ref())?;
    observer.observe(&area);
    l.observer = Some((observer, resize));
    // New data drawn in place of old (the host's `load`): the old map's
    // listeners go, or the window would call closures already dropped.
    let mut inner = shared.borrow_mut();
    inner.listeners.clear();
    inner.listeners = l;
    Ok(())
}

/// Everything a click can choose, found with one look up the tree: the
/// present and clear buttons, the panel's force and region buttons, the
/// table's sort buttons, and the map's forces and regions.
const CLICKABLE: &str = "[data-action], .rm-panel button, .rm-compare-view button[data-sort], \
                         svg.rm-svg [data-force], svg.rm-svg [data-region]";

fn on_click(s: &Shared, e: Event) {
    let Some(el) = dom::closest(e.target(), CLICKABLE) else {
        return;
    };
    let attr = |name: &str| el.get_attribute(name);
    let action = if let Some(what) = attr("data-action") {
        match what.as_str() {
            "present" => Action::TogglePresent,
            "clear" => Action::Clear,
            _ => return,
        }
    } else if el.tag_name() == "BUTTON" {
        if let Some(code) = attr("data-panel-force") {
            Action::ToggleForce(code)
        } else if let Some(column) = attr("data-sort").and_then(|c| c.parse().ok()) {
            Action::Sort(column)
        } else if let Some(region) = attr("data-panel-region") {
            Action::ChooseRegion(region)
        } else {
            return;
        }
    } else {
        let (Some(region), force) = under(s, Some(el.into())) else {
            return;
        };
        Action::Click { region, force }
    };
    perform(s, action, Some(&e));
}

/// The region under an event target on the map, and the force: the force's
/// shape or, for a tiny force, its hit target (`hit` says which it was).
fn under_pointer(
    s: &Shared,
    target: Option<EventTarget>,
) -> (Option<String>, Option<String>, bool) {
    if let Some(f) = dom::closest(target.clone(), "svg.rm-svg [data-force]") {
        let code = f.get_attribute("data-force");
        let inner = s.borrow();
        let region = inner
            .map
            .as_ref()
            .zip(code.as_deref())
            .and_then(|(m, c)| m.view.region_of_force(c))
            .map(String::from);
        return (region, code, f.class_list().contains("rm-hit"));
    }
    let region = dom::closest(target, "svg.rm-svg [data-region]")
        .and_then(|g| g.get_attribute("data-region"));
    (region, None, false)
}

/// The region a click on the map chooses, and the force for a tiny force's
/// hit target.
fn under(s: &Shared, target: Option<EventTarget>) -> (Option<String>, Option<String>) {
    let (region, force, hit) = under_pointer(s, target);
    (region, force.filter(|_| hit))
}

fn on_key(s: &Shared, e: Event) {
    let Some(key) = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
        return;
    };
    let place = if dom::closest(e.target(), "select").is_some() {
        Place::Select
    } else if dom::closest(e.target(), "svg.rm-svg").is_some() {
        Place::Map
    } else {
        Place::Widget
    };
    perform(s, Action::Key(key, place), Some(&e));
    if place == Place::Map {
        super::effects::refresh_ring(s);
    }
}

fn on_focus(s: &Shared, e: Event) {
    if dom::closest(e.target(), "svg.rm-svg").is_some() {
        perform(s, Action::MapFocus, Some(&e));
        super::effects::refresh_ring(s);
    }
}

fn on_move(s: &Shared, e: Event) {
    let Some(m) = e.dyn_ref::<MouseEvent>() else {
        return;
    };
    let at = (m.client_x(), m.client_y());
    {
        let mut inner = s.borrow_mut();
        let Some(ui) = inner.ui.as_mut() else {
            return;
        };
        let entering = e.type_() == "pointerover";
        if !entering && ui.entered_at == Some(at) {
            return;
        }
        ui.entered_at = Some(at).filter(|_| entering);
    }
    let (region, force, _) = under_pointer(s, e.target());
    let pointer = match region {
        Some(region) => {
            // Read where the area is before anything changes, so the browser
            // need not lay the page out again to answer.
            let rect = s
                .borrow()
                .ui
                .as_ref()
                .map(|ui| ui.area.get_bounding_client_rect());
            let Some(rect) = rect else {
                return;
            };
            Some(Pointer {
                region,
                force,
                x: f64::from(at.0) - rect.left(),
                y: f64::from(at.1) - rect.top(),
            })
        }
        None => None,
    };
    perform(s, Action::Hover(pointer), Some(&e));
}

fn on_hash(s: &Shared, e: Event) {
    let deep_link = s.borrow().deep_link;
    if super::controller::owns_address(s, deep_link) {
        perform(s, Action::Link(link::parse(&dom::hash())), Some(&e));
    }
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
        let Some(map) = inner.map.as_ref() else {
            return;
        };
        match select.get_attribute("data-control").as_deref() {
            Some("measure") => Overlay::parse(map.view.overlay.id(), Some(&value)),
            _ => Overlay::parse(&value, None),
        }
    };
    if let Some(overlay) = overlay {
        perform(s, Action::SetOverlay(overlay), Some(&e));
    }
}
