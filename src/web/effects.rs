//! Carries out an action: the core's [`MapState::apply`] decides, and this file
//! shows each [`Effect`] on the elements it names, then tells the host.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{Document, Event};

use super::collate;
use super::controller::{self, Shared};
use super::dom;
use super::error::WebError;
use super::present;
use super::ui::Ui;
use crate::core::geography::path::fmt1;
use crate::core::interact::link::{self, LinkState};
use crate::core::interact::state::{Action, Effect, MapState, Target, TipAt};
use crate::core::markup::controls;
use crate::core::markup::svg;

/// Carries out `action` on the map; `event` is the DOM event it came from, if
/// any (a used key stops the browser's own action).
pub(crate) fn perform(shared: &Shared, action: Action, event: Option<&Event>) {
    let effects = {
        let mut inner = shared.borrow_mut();
        if inner.destroyed {
            return;
        }
        let Some(map) = inner.map.as_mut() else {
            return;
        };
        map.apply(action)
    };
    if let Err(e) = show(shared, &effects, event) {
        controller::fail(shared, &e);
    }
}

/// What the host is told once the page is updated.
type Tell = (&'static str, JsValue);

/// Serialises an event's `detail`; `None` fields become `null`.
pub(crate) fn detail(value: &impl Serialize) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true))
        .unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct Selected<'a> {
    region: Option<&'a str>,
    force: Option<&'a str>,
}

#[derive(Serialize)]
struct OverlayChanged<'a> {
    overlay: &'a str,
    measure: Option<&'a str>,
}

/// Shows `effects`; full screen, focus and the host's events come last, once
/// the map is no longer borrowed (a host's handler may call back into it).
pub(crate) fn show(
    shared: &Shared,
    effects: &[Effect],
    event: Option<&Event>,
) -> Result<(), WebError> {
    let mut tell: Vec<Tell> = Vec::new();
    let mut focus = None;
    let mut full_screen = None;
    let mut link = None;
    let (host, focus) = {
        let mut inner = shared.borrow_mut();
        let inner = &mut *inner;
        let (Some(map), Some(ui)) = (inner.map.as_ref(), inner.ui.as_mut()) else {
            return Ok(());
        };
        let doc = dom::document()?;
        let panel_had_focus = doc
            .active_element()
            .is_some_and(|a| ui.panel.contains(Some(&a)));
        for effect in effects {
            match effect {
                Effect::PreventDefault => {
                    if let Some(e) = event {
                        e.prevent_default();
                    }
                }
                Effect::Region { .. }
                | Effect::HasSelection(_)
                | Effect::Force { .. }
                | Effect::Active(_) => mark(map, ui, &inner.prefix, effect),
                Effect::Panel => {
                    show_panel(&doc, map, ui, &inner.prefix)?;
                    if panel_had_focus && focus.is_none() {
                        focus = Some(None);
                    }
                }
                Effect::PanelForce => press_force(ui, map.force.as_deref()),
                Effect::Announce(words) => {
                    ui.live.set_text_content(Some(words));
                    #[cfg(feature = "cy")]
                    mark_english_names(map, ui, words);
                }
                Effect::Tooltip(lines, at) => {
                    let (x, y) = match at {
                        TipAt::Pointer(x, y) => (*x, *y + 18.0),
                        TipAt::Scene(x, y) => scene_to_area(map, ui, *x, *y),
                    };
                    tooltip(&doc, ui, lines)?;
                    place_tooltip(ui, x, y);
                }
                Effect::MoveTooltip(x, y) => place_tooltip(ui, *x, *y + 18.0),
                Effect::HideTooltip => ui.tooltip.set_hidden(true),
                Effect::Redraw | Effect::Recolour => {
                    // Patched in place, the drawn elements keep their marks;
                    // rebuilt ones are given them again.
                    let rebuilt = ui.drawn.update(&doc, map.view.svg(&inner.prefix))?;
                    // The outlines' path data change with the layout.
                    ui.ring = None;
                    ring(map, ui);
                    for m in map.marks().iter().filter(|_| rebuilt) {
                        mark(map, ui, &inner.prefix, m);
                    }
                    present::points(map, ui);
                    present::show(&inner.host, map, ui, &inner.prefix);
                }
                Effect::Controls => {
                    let view = &map.view;
                    ui.controls.update(
                        &doc,
                        controls::controls(
                            &view.atlas.network,
                            &view.overlay,
                            &inner.prefix,
                            inner.language_switch,
                        ),
                    )?;
                }
                Effect::Compare => {
                    let view = &map.view;
                    let file =
                        controls::file_name(&view.overlay, &view.atlas.network.meta.as_of, "csv");
                    let table = view.compare();
                    let order = table.order(map.sort, &collate::compare);
                    ui.compare.update(
                        &doc,
                        controls::compare_body(&table, map.sort, &order, &file),
                    )?;
                }
                Effect::FullScreen(on) => full_screen = Some(*on),
                Effect::Slide => present::show(&inner.host, map, ui, &inner.prefix),
                Effect::Focus(target) => focus = Some(Some(*target)),
                Effect::Link(state) => {
                    if controller::owns_address(shared, inner.deep_link) {
                        link = Some(state.clone());
                    }
                }
                Effect::Selected { region, force } => tell.push((
                    "rocu-map:select",
                    detail(&Selected {
                        region: region.as_deref(),
                        force: force.as_deref(),
                    }),
                )),
                Effect::OverlayChanged { overlay, measure } => tell.push((
                    "rocu-map:overlay",
                    detail(&OverlayChanged {
                        overlay,
                        measure: measure.as_deref(),
                    }),
                )),
            }
        }
        let focus = focus.and_then(|target| {
            dom::one(
                &ui.root,
                match target {
                    Some(Target::PanelHeading) => ".rm-panel .rm-details-title",
                    Some(Target::StepIndicator) => ".rm-step",
                    Some(Target::PresentButton) => ".rm-present",
                    // Focus was in a panel that has gone: back to the map.
                    None => "svg.rm-svg",
                },
            )
        });
        (inner.host.clone(), focus)
    };
    // Moving focus fires focus events at once: the map must not be borrowed.
    if let Some(el) = focus {
        dom::focus(&el);
    }
    if let Some(on) = full_screen {
        present::full_screen(&host, on);
    }
    if let Some(state) = link {
        write_link_soon(shared, state);
    }
    for (name, detail) in tell {
        controller::dispatch(&host, name, &detail);
    }
    Ok(())
}

/// Shows one of the map's marks (a region's look, the faded state, a
/// highlighted force, the active option); other effects are not marks.
fn mark(map: &MapState, ui: &mut Ui, prefix: &str, effect: &Effect) {
    match effect {
        Effect::Region {
            id,
            selected,
            hover,
        } => ui.drawn.mark_region(id, *selected, *hover),
        Effect::HasSelection(on) => dom::toggle(&ui.drawn.svg, "has-selection", *on),
        Effect::Force { code, on } => ui.drawn.mark_force(code, *on),
        Effect::Active(active) => mark_active(map, ui, prefix, active.as_deref()),
        _ => {}
    }
}

/// Names the active option and draws the focus ring round it.
fn mark_active(map: &MapState, ui: &mut Ui, prefix: &str, active: Option<&str>) {
    let option = active.map(|id| svg::option_id(prefix, id));
    ui.drawn.mark_active(option.as_deref());
    ring(map, ui);
}

/// Draws the focus ring round the active region, if it can be seen and is
/// not there already. A click moves the active region too, but the ring only
/// shows for keyboard focus, so copying the outline's path data (kilobytes)
/// waits until a key or Tab brings focus to the map (`refresh_ring`).
fn ring(map: &MapState, ui: &mut Ui) {
    if ui.ring == map.active || !ui.drawn.focus_visible() {
        return;
    }
    let outline = map
        .active
        .as_deref()
        .and_then(|id| map.view.scene.regions.iter().find(|r| r.id == id))
        .map_or("", |r| r.outline.as_str());
    ui.drawn.draw_ring(outline);
    ui.ring = map.active.clone();
}

/// Draws the focus ring if it has fallen behind (after a key on the map, or
/// focus coming to it).
pub(crate) fn refresh_ring(shared: &Shared) {
    let Ok(mut inner) = shared.try_borrow_mut() else {
        return;
    };
    let inner = &mut *inner;
    if let (Some(map), Some(ui)) = (inner.map.as_ref(), inner.ui.as_mut()) {
        ring(map, ui);
    }
}

/// Shows the panel for the selection (built once per region), with the
/// highlighted force's button pressed.
fn show_panel(doc: &Document, map: &MapState, ui: &mut Ui, prefix: &str) -> Result<(), WebError> {
    let el = ui.panel_for(
        doc,
        &map.view.atlas.network,
        map.selected.as_deref(),
        prefix,
    )?;
    dom::replace_children(&ui.panel, &el)?;
    press_force(ui, map.force.as_deref());
    Ok(())
}

/// Builds each region's panel while the page is idle, one at a time, so a
/// click only has to show one.
pub(crate) fn build_panels_when_idle(shared: &Shared) {
    let weak = std::rc::Rc::downgrade(shared);
    let task = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(shared) = weak.upgrade() else {
            return;
        };
        let more = {
            let Ok(mut inner) = shared.try_borrow_mut() else {
                return;
            };
            let inner = &mut *inner;
            let (Some(map), Some(ui), false) =
                (inner.map.as_ref(), inner.ui.as_mut(), inner.destroyed)
            else {
                return;
            };
            let network = &map.view.atlas.network;
            let next = network.regions.iter().find(|r| !ui.has_panel(Some(&r.id)));
            match (next, dom::document()) {
                (Some(r), Ok(doc)) => ui
                    .panel_for(&doc, network, Some(&r.id), &inner.prefix)
                    .is_ok(),
                _ => false,
            }
        };
        if more {
            build_panels_when_idle(&shared);
        }
    });
    dom::when_idle(&task, 2000);
}

/// Presses the highlighted force's button in the panel, and no other: only the
/// buttons whose state changes are touched.
fn press_force(ui: &Ui, force: Option<&str>) {
    let pressed = ui
        .panel
        .query_selector("button[aria-pressed=\"true\"]")
        .ok()
        .flatten();
    // Force codes are validated GSS codes, letters and digits only, so they
    // can stand in a selector as they are.
    let wanted = force
        .filter(|f| f.bytes().all(|b| b.is_ascii_alphanumeric()))
        .and_then(|f| {
            ui.panel
                .query_selector(&format!("button[data-panel-force=\"{f}\"]"))
                .ok()
                .flatten()
        });
    if pressed != wanted {
        if let Some(b) = pressed {
            let _ = b.set_attribute("aria-pressed", "false");
        }
        if let Some(b) = wanted {
            let _ = b.set_attribute("aria-pressed", "true");
        }
    }
}

/// Where a point of the scene is in the map area's pixels.
fn scene_to_area(map: &MapState, ui: &Ui, x: f64, y: f64) -> (f64, f64) {
    let (sr, ar) = (
        ui.drawn.svg.get_bounding_client_rect(),
        ui.area.get_bounding_client_rect(),
    );
    let ratio = sr.width() / map.view.scene.width.max(1.0);
    (
        sr.left() - ar.left() + x * ratio,
        sr.top() - ar.top() + y * ratio + 14.0,
    )
}

/// In Welsh, marks the names with no Welsh form in the announcement of a
/// selection `lang="en"` (only the Welsh WebAssembly has this: the English
/// has nothing to mark).
#[cfg(feature = "cy")]
fn mark_english_names(map: &MapState, ui: &Ui, said: &str) {
    let marked = crate::core::markup::details::announcement_marked(
        &map.view.atlas.network,
        map.selected.as_deref(),
        map.force.as_deref(),
        said,
    );
    if let Some(node) = marked {
        dom::show(&ui.live, &node);
    }
}

/// Puts `lines` in the tooltip, unless it already shows them.
fn tooltip(doc: &Document, ui: &mut Ui, lines: &[String]) -> Result<(), WebError> {
    if ui.tip != lines {
        while let Some(c) = ui.tooltip.first_child() {
            ui.tooltip.remove_child(&c)?;
        }
        for (i, line) in lines.iter().enumerate() {
            let el = doc.create_element(if i == 0 { "strong" } else { "span" })?;
            el.set_class_name("rm-tooltip-line");
            el.set_text_content(Some(line));
            ui.tooltip.append_child(&el)?;
        }
        ui.tip = lines.to_vec();
    }
    Ok(())
}

/// Shows the tooltip at a point of the map area, kept inside it: near the
/// right edge it opens to the left of the point. (The area's width is known
/// from the last layout, so nothing here makes the browser lay out again.)
fn place_tooltip(ui: &Ui, x: f64, y: f64) {
    let style = ui.tooltip.style();
    let _ = style.set_property("--rm-tip-x", &format!("{}px", fmt1(x.round())));
    let _ = style.set_property("--rm-tip-y", &format!("{}px", fmt1(y.round())));
    dom::toggle(&ui.tooltip, "is-flipped", x > ui.area_width * 0.6);
    ui.tooltip.set_hidden(false);
}

/// Writes the deep link into the address when the page is next idle (within
/// half a second): `history.replaceState` takes longer than everything else a click
/// does (about 2.5 ms, 10 ms on a slow laptop), and neither what the user sees
/// nor their next click need wait for it. Several actions before then (the
/// address changing, then the selection) write it once, with the last state.
fn write_link_soon(shared: &Shared, state: LinkState) {
    let first = {
        let mut inner = shared.borrow_mut();
        inner.link.replace(state).is_none()
    };
    if !first {
        return;
    }
    let weak = std::rc::Rc::downgrade(shared);
    let task = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(shared) = weak.upgrade() else {
            return;
        };
        let state = {
            let mut inner = shared.borrow_mut();
            let state = inner.link.take();
            state.filter(|_| !inner.destroyed)
        };
        if let Some(state) = state {
            write_link(&state);
        }
    });
    dom::when_idle(&task, 500);
}

/// Writes the deep link into the address, keeping the host's own keys.
fn write_link(state: &LinkState) {
    let Ok(window) = dom::window() else {
        return;
    };
    let hash = link::write(&dom::hash(), state);
    let location = window.location();
    let url = format!(
        "{}{}{hash}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
