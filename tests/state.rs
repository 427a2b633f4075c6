//! The interaction rules, driven natively through `MapState::apply`: every key
//! at every place in every mode, every action from every state, and the
//! promise the web layer relies on: the effects of an action, carried out on
//! what was drawn before, give exactly what a fresh drawing of the new state
//! gives, touching only the regions whose look changed.

mod support;

use rocu_map::core::interact::link::LinkState;
use rocu_map::core::interact::state::{Action, Effect, MapState, Place, Pointer, Target, TipAt};
use rocu_map::core::layout::overlay::Overlay;
use rocu_map::core::layout::view::MapView;

fn map() -> MapState {
    MapState::new(
        MapView::from_json(&support::network_text(), 900.0).unwrap_or_else(|e| panic!("{e}")),
    )
}

fn ids(m: &MapState) -> Vec<String> {
    m.view.region_ids().iter().map(|s| s.to_string()).collect()
}

/// A named starting state.
fn start(name: &str) -> MapState {
    let mut m = map();
    let first = ids(&m)[0].clone();
    let (region, force) = first_force(&m);
    match name {
        "nothing" => {}
        "selected" => {
            m.apply(Action::Click {
                region: first,
                force: None,
            });
        }
        "force" => {
            m.apply(Action::Select {
                region: Some(region),
                force: Some(force),
            });
        }
        "hovering" => {
            m.apply(Action::Hover(Some(pointer(&first, None))));
        }
        "keyboard" => {
            m.apply(Action::MapFocus);
            m.apply(Action::Key("ArrowRight".into(), Place::Map));
        }
        "presenting" => {
            m.apply(Action::TogglePresent);
            m.apply(Action::FullScreenChanged(true));
            m.apply(Action::Key("PageDown".into(), Place::Document));
        }
        "table slide" => {
            m.apply(Action::TogglePresent);
            m.apply(Action::Key("End".into(), Place::Document));
        }
        "funding" => {
            m.apply(Action::SetOverlay(Overlay::Funding(None)));
        }
        other => panic!("no state {other}"),
    }
    m
}

const STATES: [&str; 8] = [
    "nothing",
    "selected",
    "force",
    "hovering",
    "keyboard",
    "presenting",
    "table slide",
    "funding",
];

fn first_force(m: &MapState) -> (String, String) {
    let r = &m.view.atlas.network.regions[0];
    (r.id.clone(), r.forces[0].clone())
}

fn pointer(region: &str, force: Option<&str>) -> Pointer {
    Pointer {
        region: region.into(),
        force: force.map(String::from),
        x: 100.0,
        y: 50.0,
    }
}

const KEYS: [&str; 16] = [
    "ArrowUp",
    "ArrowDown",
    "ArrowLeft",
    "ArrowRight",
    "Home",
    "End",
    "Enter",
    " ",
    "Escape",
    "f",
    "F",
    "PageDown",
    "PageUp",
    "x",
    "Tab",
    "Spacebar",
];
const PLACES: [Place; 4] = [Place::Map, Place::Select, Place::Widget, Place::Document];

/// Every action worth trying from a state.
fn actions(m: &MapState) -> Vec<Action> {
    let ids = ids(m);
    let (region, force) = first_force(m);
    let mut out = vec![
        Action::Hover(Some(pointer(&ids[1], None))),
        Action::Hover(Some(pointer(&ids[0], None))),
        Action::Hover(None),
        Action::Click {
            region: ids[2].clone(),
            force: None,
        },
        Action::Click {
            region: region.clone(),
            force: Some(force.clone()),
        },
        Action::ChooseRegion(ids[3].clone()),
        Action::ToggleForce(force.clone()),
        Action::Select {
            region: Some(ids[4].clone()),
            force: None,
        },
        Action::Select {
            region: None,
            force: None,
        },
        Action::Clear,
        Action::MapFocus,
        Action::Blur,
        Action::SetOverlay(Overlay::Capabilities(None)),
        Action::SetOverlay(Overlay::Regions),
        Action::Sort(1),
        Action::Sort(0),
        Action::TogglePresent,
        Action::FullScreenChanged(true),
        Action::FullScreenChanged(false),
        Action::Link(LinkState {
            region: Some(ids[5].clone()),
            overlay: Some("funding".into()),
            ..LinkState::default()
        }),
        Action::Link(LinkState {
            slide: Some("3".into()),
            ..LinkState::default()
        }),
        Action::Link(LinkState::default()),
        Action::Resize(600.0),
        Action::Resize(m.view.scene.width),
    ];
    for key in KEYS {
        for place in PLACES {
            out.push(Action::Key(key.into(), place));
        }
    }
    out
}

/// What the page shows of the marks: selected and hovered regions, the
/// faded state, highlighted forces and the active option.
#[derive(Debug, Clone, PartialEq, Default)]
struct Page {
    selected: Vec<String>,
    hovered: Vec<String>,
    faded: bool,
    forces: Vec<String>,
    active: Option<String>,
}

impl Page {
    /// The page drawn afresh for `m` (all marks off, then `marks()`).
    fn fresh(m: &MapState) -> Page {
        let mut p = Page::default();
        p.show(&m.marks());
        p
    }

    fn show(&mut self, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::Region {
                    id,
                    selected,
                    hover,
                } => {
                    set(&mut self.selected, id, *selected);
                    set(&mut self.hovered, id, *hover);
                }
                Effect::HasSelection(on) => self.faded = *on,
                Effect::Force { code, on } => set(&mut self.forces, code, *on),
                Effect::Active(a) => self.active = a.clone(),
                _ => {}
            }
        }
    }
}

fn set(list: &mut Vec<String>, id: &str, on: bool) {
    list.retain(|x| x != id);
    if on {
        list.push(id.to_string());
        list.sort();
    }
}

#[test]
fn every_action_from_every_state_keeps_the_page_in_step_and_changes_only_what_changed() {
    let mut tried = 0;
    for name in STATES {
        let base = start(name);
        for action in actions(&base) {
            let mut m = base.clone();
            let mut page = Page::fresh(&m);
            let before = page.clone();
            let effects = m.apply(action.clone());
            page.show(&effects);
            let why = format!("from {name}, {action:?}: {effects:?}");
            // Carried out on what was drawn, the effects give the fresh page.
            assert_eq!(page, Page::fresh(&m), "{why}");
            // Only regions whose look changed are touched.
            for e in &effects {
                if let Effect::Region { id, .. } = e {
                    let was = (before.selected.contains(id), before.hovered.contains(id));
                    let now = (page.selected.contains(id), page.hovered.contains(id));
                    assert_ne!(was, now, "{id} restyled for nothing: {why}");
                }
            }
            // The state is always one the data allows.
            assert!(
                m.accepts(m.selected.as_deref(), m.force.as_deref()),
                "{why}"
            );
            // The address is written at most once, last, and says the state.
            let links: Vec<usize> = effects
                .iter()
                .enumerate()
                .filter(|(_, e)| matches!(e, Effect::Link(_)))
                .map(|(i, _)| i)
                .collect();
            assert!(links.len() <= 1, "{why}");
            if let Some(&i) = links.first() {
                assert_eq!(i, effects.len() - 1, "{why}");
                assert_eq!(effects[i], Effect::Link(m.link()), "{why}");
            }
            // The layout is drawn again only when its width or type changed.
            if effects.contains(&Effect::Redraw) {
                let resized = matches!(action, Action::Resize(_));
                let presenting_changed = base.step.is_some() != m.step.is_some();
                assert!(resized || presenting_changed, "{why}");
            }
            // The host hears of a selection exactly when it changed.
            let told = effects.iter().any(|e| matches!(e, Effect::Selected { .. }));
            let changed = base.selected != m.selected || base.force != m.force;
            assert_eq!(told, changed, "{why}");
            tried += 1;
        }
    }
    assert!(tried > 8 * 80, "{tried} combinations tried");
}

#[test]
fn arrow_keys_travel_only_on_the_map_and_not_while_presenting() {
    for name in STATES {
        // The first six keys: the arrows, Home and End.
        for key in &KEYS[..6] {
            for place in PLACES {
                let mut m = start(name);
                let before = m.active.clone();
                let effects = m.apply(Action::Key((*key).into(), place));
                let travels = place == Place::Map && m.step.is_none();
                assert_eq!(
                    effects.contains(&Effect::PreventDefault),
                    travels || (place == Place::Document && start(name).step.is_some()),
                    "{name} {key} {place:?}"
                );
                if !travels && place != Place::Document {
                    assert_eq!(m.active, before, "{name} {key} {place:?}");
                }
                if travels {
                    assert!(m.active.is_some(), "{name} {key}");
                    assert!(effects
                        .iter()
                        .any(|e| matches!(e, Effect::Tooltip(_, TipAt::Scene(..)))));
                }
            }
        }
    }
}

#[test]
fn home_and_end_go_to_the_first_and_last_region() {
    let mut m = start("nothing");
    let ids = ids(&m);
    m.apply(Action::Key("End".into(), Place::Map));
    assert_eq!(m.active.as_deref(), Some(ids[ids.len() - 1].as_str()));
    m.apply(Action::Key("Home".into(), Place::Map));
    assert_eq!(m.active.as_deref(), Some(ids[0].as_str()));
}

#[test]
fn enter_and_space_select_the_active_region_and_escape_clears() {
    for key in ["Enter", " ", "Spacebar"] {
        let mut m = start("keyboard");
        let active = m.active.clone();
        assert!(active.is_some());
        let effects = m.apply(Action::Key(key.into(), Place::Map));
        assert_eq!(m.selected, active, "{key}");
        assert!(effects.contains(&Effect::Panel));
        assert!(effects.contains(&Effect::PreventDefault));
        let effects = m.apply(Action::Key("Escape".into(), Place::Map));
        assert_eq!(m.selected, None);
        assert!(effects.contains(&Effect::HideTooltip));
        assert!(effects.contains(&Effect::Announce("Selection cleared.".into())));
    }
}

#[test]
fn f_presents_anywhere_in_the_map_but_a_drop_down_list() {
    for place in [Place::Map, Place::Widget, Place::Select] {
        for key in ["f", "F"] {
            let mut m = start("nothing");
            let effects = m.apply(Action::Key(key.into(), place));
            let presents = place != Place::Select;
            assert_eq!(m.step.is_some(), presents, "{key} {place:?}");
            assert_eq!(
                effects.contains(&Effect::FullScreen(true)),
                presents,
                "{key} {place:?}"
            );
        }
    }
    // In full screen, F leaves it; the browser's leaving ends the sequence.
    let mut m = start("presenting");
    let effects = m.apply(Action::Key("F".into(), Place::Widget));
    assert!(effects.contains(&Effect::FullScreen(false)));
    assert!(m.step.is_some(), "ends when the browser says it has left");
    let effects = m.apply(Action::FullScreenChanged(false));
    assert_eq!(m.step, None);
    assert!(effects.contains(&Effect::Focus(Target::PresentButton)));
    assert!(effects.contains(&Effect::Redraw), "the usual type again");
}

#[test]
fn the_presentation_steps_through_every_region_and_the_table_and_back() {
    let mut m = start("nothing");
    let ids = ids(&m);
    let effects = m.apply(Action::TogglePresent);
    assert_eq!(m.step, Some(0));
    assert!(effects.contains(&Effect::Redraw), "projector type");
    assert!(effects.contains(&Effect::Focus(Target::StepIndicator)));
    for (i, id) in ids.iter().enumerate() {
        let effects = m.apply(Action::Key("PageDown".into(), Place::Document));
        assert_eq!(m.step, Some(i + 1));
        assert_eq!(m.selected.as_deref(), Some(id.as_str()));
        assert!(effects.contains(&Effect::Slide));
        assert!(!effects.contains(&Effect::Redraw), "same type size");
        assert_eq!(
            effects.last(),
            Some(&Effect::Link(LinkState {
                region: Some(id.clone()),
                slide: Some((i + 2).to_string()),
                ..LinkState::default()
            }))
        );
    }
    m.apply(Action::Key("ArrowRight".into(), Place::Document));
    assert_eq!(m.step, Some(ids.len() + 1), "the table");
    assert_eq!(m.selected, None);
    m.apply(Action::Key(" ".into(), Place::Document));
    assert_eq!(m.step, Some(0), "back to the overview");
    m.apply(Action::Key("PageUp".into(), Place::Document));
    assert_eq!(m.step, Some(0), "PageUp stops at the overview");
    m.apply(Action::Key("End".into(), Place::Document));
    m.apply(Action::Key("ArrowUp".into(), Place::Document));
    assert_eq!(m.step, Some(ids.len()), "the last region");
    // Keys that do not step leave it, and are not taken from the page.
    let effects = m.apply(Action::Key("x".into(), Place::Document));
    assert!(effects.is_empty());
    let effects = m.apply(Action::Key("Escape".into(), Place::Document));
    assert_eq!(m.step, None);
    assert!(effects.contains(&Effect::FullScreen(false)));
    // Once ended, the document's keys are the page's again.
    assert!(m
        .apply(Action::Key("PageDown".into(), Place::Document))
        .is_empty());
}

#[test]
fn a_linked_slide_opens_and_f_goes_full_screen_from_there() {
    let mut m = start("nothing");
    m.apply(Action::Link(LinkState {
        slide: Some("4".into()),
        ..LinkState::default()
    }));
    assert_eq!(m.step, Some(3));
    let effects = m.apply(Action::Key("F".into(), Place::Widget));
    assert!(effects.contains(&Effect::FullScreen(true)));
    assert_eq!(m.step, Some(3), "stays on the linked slide");
    // Out of range is ignored.
    let mut m = start("nothing");
    m.apply(Action::Link(LinkState {
        slide: Some("99".into()),
        ..LinkState::default()
    }));
    assert_eq!(m.step, None);
}

#[test]
fn hovering_the_same_region_only_moves_the_tooltip() {
    let mut m = start("hovering");
    let region = m.hover.clone().map(|(r, _)| r).unwrap_or_default();
    let effects = m.apply(Action::Hover(Some(Pointer {
        x: 300.0,
        y: 20.0,
        ..pointer(&region, None)
    })));
    assert_eq!(effects, vec![Effect::MoveTooltip(300.0, 20.0)]);
    // Another region: that region's look, and the tooltip's words.
    let other = ids(&m)[4].clone();
    let effects = m.apply(Action::Hover(Some(pointer(&other, None))));
    assert!(effects.contains(&Effect::Region {
        id: other,
        selected: false,
        hover: true
    }));
    assert!(
        matches!(effects.last(), Some(Effect::Tooltip(lines, TipAt::Pointer(..))) if !lines.is_empty())
    );
    let effects = m.apply(Action::Hover(None));
    assert!(effects.contains(&Effect::HideTooltip));
    assert_eq!(m.hover, None);
}

#[test]
fn the_tooltip_gives_the_value_on_the_current_overlay() {
    let mut m = start("funding");
    let id = ids(&m)[0].clone();
    let effects = m.apply(Action::Hover(Some(pointer(&id, None))));
    let lines = effects.iter().find_map(|e| match e {
        Effect::Tooltip(lines, _) => Some(lines.clone()),
        _ => None,
    });
    let lines = lines.unwrap_or_default();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[1].contains(": "), "{lines:?}");
}

#[test]
fn a_force_button_highlights_and_a_second_press_clears_it() {
    let mut m = start("selected");
    let (_, force) = first_force(&m);
    let effects = m.apply(Action::ToggleForce(force.clone()));
    assert_eq!(m.force.as_deref(), Some(force.as_str()));
    assert!(effects.contains(&Effect::PanelForce), "the same panel");
    assert!(!effects.contains(&Effect::Panel));
    assert!(effects.contains(&Effect::Force {
        code: force.clone(),
        on: true
    }));
    m.apply(Action::ToggleForce(force.clone()));
    assert_eq!(m.force, None);
}

#[test]
fn the_host_cannot_select_what_is_not_there() {
    let m = start("nothing");
    let (region, force) = first_force(&m);
    let other = ids(&m)[1].clone();
    assert!(m.accepts(Some(&region), Some(&force)));
    assert!(m.accepts(Some(&region), None));
    assert!(m.accepts(None, None));
    assert!(!m.accepts(Some("atlantis"), None));
    assert!(
        !m.accepts(Some(&other), Some(&force)),
        "a force of another region"
    );
    assert!(!m.accepts(None, Some(&force)));
    let mut m = m;
    assert!(m
        .apply(Action::Select {
            region: Some("atlantis".into()),
            force: None
        })
        .is_empty());
}

#[test]
fn a_new_overlay_recolours_without_a_new_layout_and_resets_the_sort() {
    let mut m = start("nothing");
    m.apply(Action::SetOverlay(Overlay::Funding(None)));
    m.apply(Action::Sort(1));
    assert_eq!(m.sort, Some((1, false)));
    let effects = m.apply(Action::Sort(1));
    assert_eq!(m.sort, Some((1, true)), "a second press reverses");
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::Announce(w) if w.ends_with(", descending."))));
    let effects = m.apply(Action::SetOverlay(Overlay::Capabilities(None)));
    assert_eq!(m.sort, None);
    for e in [Effect::Recolour, Effect::Controls, Effect::Compare] {
        assert!(effects.contains(&e), "{e:?}");
    }
    assert!(!effects.contains(&Effect::Redraw));
    assert!(effects.contains(&Effect::OverlayChanged {
        overlay: "capabilities".into(),
        measure: None
    }));
    // The same overlay again changes nothing.
    assert!(m
        .apply(Action::SetOverlay(Overlay::Capabilities(None)))
        .is_empty());
    // A column that is not there is ignored.
    assert!(m.apply(Action::Sort(99)).is_empty());
}

#[test]
fn choosing_from_the_panel_list_moves_focus_to_the_heading() {
    let mut m = start("nothing");
    let id = ids(&m)[6].clone();
    let effects = m.apply(Action::ChooseRegion(id.clone()));
    assert_eq!(m.selected.as_deref(), Some(id.as_str()));
    assert!(effects.contains(&Effect::Focus(Target::PanelHeading)));
    // Choosing it again still moves focus, though nothing else changes.
    let effects = m.apply(Action::ChooseRegion(id));
    assert_eq!(effects, vec![Effect::Focus(Target::PanelHeading)]);
}

/// A presentation written in the data replaces the usual sequence: each step
/// shows its overlay and measure and zooms to its region, and the last step
/// comes round to the first.
#[test]
fn a_written_presentation_shows_each_steps_overlay_and_region() {
    let mut m = MapState::new(
        MapView::from_json(&support::illustrative_text(), 900.0).unwrap_or_else(|e| panic!("{e}")),
    );
    let story = m.view.atlas.network.presentation.clone();
    m.apply(Action::Link(LinkState {
        slide: Some("1".into()),
        ..LinkState::default()
    }));
    for (i, step) in story.iter().enumerate() {
        assert_eq!(m.step, Some(i));
        let expected = Overlay::parse(&step.overlay, step.measure.as_deref())
            .unwrap_or_else(|| panic!("bad overlay in the story"));
        assert_eq!(m.view.overlay, expected, "step {}", i + 1);
        assert_eq!(m.selected, step.region, "step {}", i + 1);
        let link = m.link();
        assert_eq!(link.slide.as_deref(), Some((i + 1).to_string().as_str()));
        m.apply(Action::Key("PageDown".into(), Place::Document));
    }
    assert_eq!(m.step, Some(0), "after the last step, the first");
    // A link past the story is ignored.
    let mut m = MapState::new(
        MapView::from_json(&support::illustrative_text(), 900.0).unwrap_or_else(|e| panic!("{e}")),
    );
    m.apply(Action::Link(LinkState {
        slide: Some((story.len() + 1).to_string()),
        ..LinkState::default()
    }));
    assert_eq!(m.step, None);
}
