//! Everything a user can do to the map, decided in one place: one [`MapState`]
//! and one [`MapState::apply`] that turns an [`Action`] (a click, a key, a
//! choice of overlay, a step of the presentation, a change of address) into the
//! [`Effect`]s the page must show. The web layer only turns DOM events into
//! actions and carries the effects out, touching only the elements named.
//!
//! ```
//! use rocu_map::core::interact::state::{Action, Effect, MapState};
//! use rocu_map::core::layout::view::MapView;
//! let text = std::fs::read_to_string("data/network.json").unwrap();
//! let mut map = MapState::new(MapView::from_json(&text, 800.0).unwrap());
//! let effects = map.apply(Action::Click { region: "eastern".into(), force: None });
//! assert_eq!(map.selected.as_deref(), Some("eastern"));
//! assert!(effects.contains(&Effect::HasSelection(true)));
//! ```

use super::link::LinkState;
use super::navigate::Direction;
use super::present::{self, Step};
use crate::core::lang;
use crate::core::layout::compare::Table;
use crate::core::layout::overlay::Overlay;
use crate::core::layout::view::MapView;
use crate::core::markup::details;

/// How much larger the map's type is while presenting, for a projector seen
/// from across a room.
pub const PROJECTOR_TYPE: f64 = 1.6;

/// Where a key was pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// On the map itself (the SVG listbox has focus).
    Map,
    /// In a drop-down list, where letters choose options.
    Select,
    /// Anywhere else in the widget.
    Widget,
    /// Anywhere in the document: the presentation keys, which a clicker sends
    /// to whatever has focus.
    Document,
}

/// Something a user (or the host page) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The pointer is over a region (and a force) at `x`, `y` in the map area's
    /// pixels; `None` when it leaves the map.
    Hover(Option<Pointer>),
    /// A click on the map: a region, and the force for a tiny force's target.
    Click {
        /// The region clicked.
        region: String,
        /// The force, for a hit target drawn for a tiny force.
        force: Option<String>,
    },
    /// A region chosen from the panel's list: focus moves to its heading.
    ChooseRegion(String),
    /// A force's button in the panel: highlights it, or clears it when it is
    /// already highlighted.
    ToggleForce(String),
    /// The host page's `select(region, force)`. Check it with
    /// [`MapState::accepts`] first.
    Select {
        /// The region, or `None` to clear.
        region: Option<String>,
        /// A force of that region.
        force: Option<String>,
    },
    /// "Clear selection".
    Clear,
    /// A key (`KeyboardEvent.key`) pressed at a place.
    Key(String, Place),
    /// The map gained keyboard focus.
    MapFocus,
    /// Keyboard focus left the widget, or a part of it.
    Blur,
    /// A new overlay chosen in the controls.
    SetOverlay(Overlay),
    /// A compare-table heading pressed.
    Sort(usize),
    /// "Present full screen" pressed.
    TogglePresent,
    /// The browser entered (`true`) or left full screen.
    FullScreenChanged(bool),
    /// The address changed (or the map has just loaded): the deep link's state.
    Link(LinkState),
    /// The map area is now `width` pixels wide.
    Resize(f64),
}

/// Where the pointer is.
#[derive(Debug, Clone, PartialEq)]
pub struct Pointer {
    /// The region under the pointer.
    pub region: String,
    /// The force under the pointer, if any.
    pub force: Option<String>,
    /// Across, in the map area's pixels.
    pub x: f64,
    /// Down, in the map area's pixels.
    pub y: f64,
}

/// Where a tooltip goes.
#[derive(Debug, Clone, PartialEq)]
pub enum TipAt {
    /// Under the pointer, in the map area's pixels.
    Pointer(f64, f64),
    /// Under a region's label (keyboard travel), in the scene's units.
    Scene(f64, f64),
}

/// Where keyboard focus goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The panel's heading (after a choice in the panel's list).
    PanelHeading,
    /// The presentation's step indicator.
    StepIndicator,
    /// The "Present full screen" button.
    PresentButton,
}

/// What the page must show after an action. Each names only what changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// The key was used: stop the browser's own action (scrolling, typing).
    PreventDefault,
    /// A region's look: selected and hovered.
    Region {
        /// Region id.
        id: String,
        /// Whether it is the selected region.
        selected: bool,
        /// Whether the pointer is over it.
        hover: bool,
    },
    /// Whether any region is selected (the others are then faded).
    HasSelection(bool),
    /// A force is highlighted or not.
    Force {
        /// GSS code.
        code: String,
        /// Whether it is highlighted.
        on: bool,
    },
    /// The region keyboard travel is on (`aria-activedescendant` and the focus
    /// ring), or none.
    Active(Option<String>),
    /// The panel shows the selected region (or the list), with the highlighted
    /// force's button pressed.
    Panel,
    /// The pressed force button in the panel changed (the region did not).
    PanelForce,
    /// Words for the live region.
    Announce(String),
    /// A tooltip's lines at a place; no lines: hide it.
    Tooltip(Vec<String>, TipAt),
    /// Move the tooltip shown, whose words are the same.
    MoveTooltip(f64, f64),
    /// Hide the tooltip.
    HideTooltip,
    /// The map's layout changed (width or type size): draw it again.
    Redraw,
    /// The overlay changed at the same layout: recolour regions, legend,
    /// labels and marks.
    Recolour,
    /// The overlay controls changed.
    Controls,
    /// The compare table's contents or order changed.
    Compare,
    /// Enter (`true`) or leave full screen.
    FullScreen(bool),
    /// The presentation step changed: theme, zoom and indicator.
    Slide,
    /// Move keyboard focus.
    Focus(Target),
    /// Write the address (once per action, last).
    Link(LinkState),
    /// Tell the host: the selection changed.
    Selected {
        /// Region id, if any.
        region: Option<String>,
        /// Force code, if any.
        force: Option<String>,
    },
    /// Tell the host: the overlay changed.
    OverlayChanged {
        /// The overlay's word.
        overlay: String,
        /// Its measure, if any.
        measure: Option<String>,
    },
}

/// The state of one map: the laid-out view and what the user has done to it.
#[derive(Debug, Clone)]
pub struct MapState {
    /// The data, geometry and layout, coloured by the current overlay.
    pub view: MapView,
    /// The selected region.
    pub selected: Option<String>,
    /// The highlighted force (in the selected region).
    pub force: Option<String>,
    /// The region keyboard travel is on.
    pub active: Option<String>,
    /// The region and force under the pointer.
    pub hover: Option<(String, Option<String>)>,
    /// The compare table's sort: column and whether descending.
    pub sort: Option<(usize, bool)>,
    /// The presentation step shown, while presenting.
    pub step: Option<usize>,
    /// Whether the page is in full screen.
    pub full_screen: bool,
}

/// What one region looks like, to find the regions whose look changed.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Look {
    selected: bool,
    hover: bool,
}

impl MapState {
    /// A map with nothing selected.
    pub fn new(view: MapView) -> MapState {
        MapState {
            view,
            selected: None,
            force: None,
            active: None,
            hover: None,
            sort: None,
            step: None,
            full_screen: false,
        }
    }

    /// True when `select(region, force)` names a region of the map and, if
    /// given, one of its forces (`None` clears, and is always accepted).
    pub fn accepts(&self, region: Option<&str>, force: Option<&str>) -> bool {
        match (region, force) {
            (None, None) => true,
            (None, Some(_)) => false,
            (Some(r), None) => self.view.has_region(r),
            (Some(r), Some(f)) => self.view.force_in_region(f, r),
        }
    }

    /// The deep link for the current state.
    pub fn link(&self) -> LinkState {
        let overlay = &self.view.overlay;
        LinkState {
            region: self.selected.clone(),
            force: self.force.clone(),
            overlay: (*overlay != Overlay::Regions).then(|| overlay.id().to_string()),
            measure: overlay.measure().map(String::from),
            slide: self.step.map(|s| (s + 1).to_string()),
        }
    }

    /// The presentation step shown (the overview when not presenting).
    pub fn slide(&self) -> Step {
        self.step.map_or(Step::Overview, |i| {
            present::step(i, &self.view.atlas.network)
        })
    }

    /// Everything a freshly drawn map must be told of the state: the selected
    /// and hovered regions, the highlighted force and the active region.
    pub fn marks(&self) -> Vec<Effect> {
        Marks::default().changes(&Marks::of(self))
    }

    /// Carries out `action` and says what the page must show.
    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        let before = Marks::of(self);
        let mut out = Effects::default();
        match action {
            Action::Hover(p) => self.hover(p, &mut out),
            Action::Click { region, force } => {
                self.select(Some(region), force, None, &mut out);
            }
            Action::ChooseRegion(region) => {
                self.select(Some(region), None, Some(Target::PanelHeading), &mut out);
            }
            Action::ToggleForce(code) => {
                let region = self.selected.clone();
                if self.accepts(region.as_deref(), Some(&code)) {
                    let force = (self.force.as_deref() != Some(code.as_str())).then_some(code);
                    self.select(region, force, None, &mut out);
                }
            }
            Action::Select { region, force } => {
                if self.accepts(region.as_deref(), force.as_deref()) {
                    self.select(region, force, None, &mut out);
                }
            }
            Action::Clear => self.select(None, None, None, &mut out),
            Action::Key(key, place) => self.key(&key, place, &mut out),
            Action::MapFocus => {
                if self.active.is_none() {
                    let first = self.view.region_ids().first().map(|s| s.to_string());
                    self.active = self.selected.clone().or(first);
                }
            }
            Action::Blur => out.push(Effect::HideTooltip),
            Action::SetOverlay(overlay) => self.set_overlay(overlay, &mut out),
            Action::Sort(column) => self.sort(column, &mut out),
            Action::TogglePresent => self.toggle_present(&mut out),
            Action::FullScreenChanged(on) => {
                self.full_screen = on;
                if !on {
                    self.go(None, &mut out);
                }
            }
            Action::Link(link) => {
                let overlay = Overlay::from_link(
                    &self.view.atlas.network,
                    link.overlay.as_deref(),
                    link.measure.as_deref(),
                );
                self.set_overlay(overlay, &mut out);
                // A force that does not fit the region is dropped; the
                // region is still chosen if it fits on its own.
                let force = link
                    .force
                    .filter(|f| self.accepts(link.region.as_deref(), Some(f)));
                if self.accepts(link.region.as_deref(), force.as_deref()) {
                    self.select(link.region, force, None, &mut out);
                }
                let slide = link
                    .slide
                    .and_then(|s| present::slide(&s, &self.view.atlas.network));
                if let Some(i) = slide {
                    self.go(Some(i), &mut out);
                }
            }
            Action::Resize(width) => {
                if (self.view.scene.width - width).abs() >= 1.0 && width >= 50.0 {
                    self.view.resize(width);
                    out.push(Effect::Redraw);
                }
            }
        }
        out.finish(self, &before)
    }

    fn hover(&mut self, pointer: Option<Pointer>, out: &mut Effects) {
        let now = pointer
            .as_ref()
            .map(|p| (p.region.clone(), p.force.clone()));
        if now == self.hover {
            if let Some(p) = pointer {
                out.push(Effect::MoveTooltip(p.x, p.y));
            }
            return;
        }
        self.hover = now;
        match pointer {
            Some(p) => {
                let lines = self.tooltip_lines(&p.region, p.force.as_deref());
                out.push(Effect::Tooltip(lines, TipAt::Pointer(p.x, p.y)));
            }
            None => out.push(Effect::HideTooltip),
        }
    }

    /// The tooltip's words for a region: its name, the force, and the value on
    /// the current overlay.
    fn tooltip_lines(&self, region: &str, force: Option<&str>) -> Vec<String> {
        let mut lines = details::tooltip(&self.view.atlas.network, region, force);
        if let Some(value) = self.view.value_of(region) {
            lines.push(format!("{}: {value}", self.view.overlay_title()));
        }
        lines
    }

    /// Changes the selection; `focus` moves keyboard focus afterwards.
    fn select(
        &mut self,
        region: Option<String>,
        force: Option<String>,
        focus: Option<Target>,
        out: &mut Effects,
    ) {
        if self.selected == region && self.force == force {
            if let Some(target) = focus {
                out.push(Effect::Focus(target));
            }
            return;
        }
        let old_region = std::mem::replace(&mut self.selected, region.clone());
        self.force = force.clone();
        if region.is_some() {
            self.active = region.clone();
        }
        out.push(if old_region == region {
            Effect::PanelForce
        } else {
            Effect::Panel
        });
        if let Some(target) = focus {
            out.push(Effect::Focus(target));
        }
        out.push(Effect::Announce(details::announcement(
            &self.view.atlas.network,
            region.as_deref(),
            force.as_deref(),
        )));
        out.link = true;
        out.push(Effect::Selected { region, force });
    }

    fn key(&mut self, key: &str, place: Place, out: &mut Effects) {
        if place == Place::Document {
            self.present_key(key, out);
            return;
        }
        // F presents, anywhere in the map but a drop-down list; while
        // presenting, the document's keys are the ones that count.
        if matches!(key, "f" | "F") && place != Place::Select {
            out.push(Effect::PreventDefault);
            self.toggle_present(out);
            return;
        }
        if self.step.is_some() || place != Place::Map {
            return;
        }
        let ids = self.view.region_ids();
        let from = self.active.clone().or(self.selected.clone());
        let next = if let Some(dir) = Direction::from_key(key) {
            self.view.step(from.as_deref(), dir).or(from.clone())
        } else {
            match key {
                "Home" => ids.first().map(|s| s.to_string()),
                "End" => ids.last().map(|s| s.to_string()),
                "Enter" | " " | "Spacebar" => {
                    out.push(Effect::PreventDefault);
                    if let Some(a) = from {
                        self.select(Some(a), None, None, out);
                    }
                    self.active_tooltip(out);
                    return;
                }
                "Escape" | "Esc" => {
                    out.push(Effect::PreventDefault);
                    out.push(Effect::HideTooltip);
                    self.select(None, None, None, out);
                    return;
                }
                _ => return,
            }
        };
        out.push(Effect::PreventDefault);
        if next.is_some() {
            self.active = next;
            self.active_tooltip(out);
        }
    }

    /// Enters full screen and starts the presentation (at the slide a deep
    /// link opened, if any), or leaves full screen, which ends it.
    fn toggle_present(&mut self, out: &mut Effects) {
        if self.full_screen {
            out.push(Effect::FullScreen(false));
        } else {
            out.push(Effect::FullScreen(true));
            self.go(Some(self.step.unwrap_or(0)), out);
        }
    }

    /// The tooltip under the active region's label, for keyboard users.
    fn active_tooltip(&self, out: &mut Effects) {
        let Some(active) = self.active.as_deref() else {
            return;
        };
        let ids = self.view.region_ids();
        let Some(i) = ids.iter().position(|r| *r == active) else {
            return;
        };
        let [x, y] = self.view.anchors()[i];
        out.push(Effect::Tooltip(
            self.tooltip_lines(active, None),
            TipAt::Scene(x, y),
        ));
    }

    /// A key anywhere in the document: while presenting, the stepping keys.
    fn present_key(&mut self, key: &str, out: &mut Effects) {
        let Some(at) = self.step else {
            return;
        };
        let last = present::count(&self.view.atlas.network) - 1;
        let next = match key {
            "PageDown" | "ArrowRight" | "ArrowDown" | " " => {
                Some(if at < last { at + 1 } else { 0 })
            }
            "PageUp" | "ArrowLeft" | "ArrowUp" => Some(at.saturating_sub(1)),
            "Home" => Some(0),
            "End" => Some(last),
            // Browsers leave full screen on Escape themselves, and the page may
            // not hear the key; it ends a sequence a link opened, too.
            "Escape" => {
                out.push(Effect::FullScreen(false));
                None
            }
            _ => return,
        };
        out.push(Effect::PreventDefault);
        self.go(next, out);
    }

    /// Shows step `index` of the presentation, or with `None` leaves it: a
    /// written step's overlay is shown, the step's region is selected, the map
    /// is zoomed to it, and focus moves to the indicator.
    fn go(&mut self, index: Option<usize>, out: &mut Effects) {
        if index.is_none() && self.step.is_none() {
            return;
        }
        if self.step.is_some() != index.is_some() {
            // Larger type on the map for a projector.
            let scale = if index.is_some() { PROJECTOR_TYPE } else { 1.0 };
            self.view.set_type_scale(scale);
            out.push(Effect::Redraw);
        }
        self.step = index;
        let step = self.slide();
        if index.is_some() {
            if let Some(overlay) = present::overlay_of(&self.view.atlas.network, step) {
                self.set_overlay(overlay, out);
            }
        }
        let network = &self.view.atlas.network;
        let region = present::region_of(network, step).map(|i| network.regions[i].id.clone());
        self.select(region, None, None, out);
        out.push(Effect::Slide);
        out.push(Effect::Focus(if index.is_some() {
            Target::StepIndicator
        } else {
            Target::PresentButton
        }));
        out.link = true;
    }

    fn set_overlay(&mut self, overlay: Overlay, out: &mut Effects) {
        if self.view.overlay == overlay {
            return;
        }
        let width = self.view.scene.width;
        self.view.set_overlay(overlay, width);
        self.sort = None;
        out.push(Effect::Recolour);
        out.push(Effect::Controls);
        out.push(Effect::Compare);
        out.push(Effect::Announce(
            lang::words().coloured_by(self.view.overlay_title()),
        ));
        out.link = true;
        let overlay = &self.view.overlay;
        out.push(Effect::OverlayChanged {
            overlay: overlay.id().to_string(),
            measure: overlay.measure().map(String::from),
        });
    }

    /// Sorts the compare table by `column`: a second press on the same column
    /// reverses the order.
    fn sort(&mut self, column: usize, out: &mut Effects) {
        let table: Table = self.view.compare();
        let Some(heading) = table.columns.get(column).map(|c| &c.heading) else {
            return;
        };
        let descending = matches!(self.sort, Some((c, false)) if c == column);
        self.sort = Some((column, descending));
        let w = lang::words();
        let order = if descending {
            w.descending()
        } else {
            w.ascending()
        };
        out.push(Effect::Compare);
        out.push(Effect::Announce(w.sorted_by(heading, order)));
    }
}

/// The effects of one action, gathered as it runs.
#[derive(Default)]
struct Effects {
    list: Vec<Effect>,
    /// Whether the address must be written.
    link: bool,
}

impl Effects {
    fn push(&mut self, effect: Effect) {
        self.list.push(effect);
    }

    /// The list: first the marks that differ from `before`, then the rest,
    /// then the address, written once.
    fn finish(self, state: &MapState, before: &Marks) -> Vec<Effect> {
        let mut out = before.changes(&Marks::of(state));
        out.extend(self.list);
        if self.link {
            out.push(Effect::Link(state.link()));
        }
        out
    }
}

/// What the map's marks show: the selected and hovered regions, the
/// highlighted force and the active region (by default, none).
#[derive(Default)]
struct Marks {
    selected: Option<String>,
    hover: Option<String>,
    force: Option<String>,
    active: Option<String>,
}

impl Marks {
    fn of(state: &MapState) -> Marks {
        Marks {
            selected: state.selected.clone(),
            hover: state.hover.as_ref().map(|(r, _)| r.clone()),
            force: state.force.clone(),
            active: state.active.clone(),
        }
    }

    fn look(&self, id: &str) -> Look {
        Look {
            selected: self.selected.as_deref() == Some(id),
            hover: self.hover.as_deref() == Some(id),
        }
    }

    /// The effects that take the page from these marks to `now`'s: only the
    /// regions and forces whose look changed.
    fn changes(&self, now: &Marks) -> Vec<Effect> {
        let mut out = Vec::new();
        if self.selected.is_some() != now.selected.is_some() {
            out.push(Effect::HasSelection(now.selected.is_some()));
        }
        let mut seen: Vec<&str> = Vec::new();
        for id in [&self.selected, &self.hover, &now.selected, &now.hover]
            .into_iter()
            .flatten()
        {
            if seen.contains(&id.as_str()) {
                continue;
            }
            seen.push(id);
            let look = now.look(id);
            if self.look(id) != look {
                out.push(Effect::Region {
                    id: id.clone(),
                    selected: look.selected,
                    hover: look.hover,
                });
            }
        }
        if self.force != now.force {
            for (code, on) in [(&self.force, false), (&now.force, true)] {
                if let Some(code) = code {
                    out.push(Effect::Force {
                        code: code.clone(),
                        on,
                    });
                }
            }
        }
        if self.active != now.active {
            out.push(Effect::Active(now.active.clone()));
        }
        out
    }
}
