//! Browser tests of the web layer, run by wasm-bindgen-test in headless Chromium:
//! mount, click, keyboard, Escape, deep link, events, errors, several maps, destroy.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used)]

use std::cell::RefCell;
use std::rc::Rc;

use rocu_map::web::{mount, MapHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const NETWORK: &str = include_str!("../data/network.json");

#[path = "support/edge.rs"]
mod edge;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// A fresh host element in the page, 900 px wide.
fn host() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("html element");
    el.class_list().add_1("test-host").expect("class");
    let _ = el.style().set_property("width", "900px");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

fn options(data: &str, deep_link: bool) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"data".into(), &JsValue::from_str(data)).expect("set");
    js_sys::Reflect::set(&o, &"deepLink".into(), &JsValue::from_bool(deep_link)).expect("set");
    o.into()
}

/// Listens for `name` on `el` now (or for any of several, `"a,b"`); the
/// future resolves when one fires (or fails after 5 s).
fn next_event(
    el: &HtmlElement,
    name: &str,
) -> impl std::future::Future<Output = web_sys::CustomEvent> {
    let target = el.clone();
    let name = name.to_string();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let cb = Closure::once_into_js(move |e: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &e);
        });
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_once(true);
        for name in name.split(',') {
            let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
                name,
                cb.unchecked_ref(),
                &opts,
            );
        }
        let window = web_sys::window().expect("window");
        let fail = Closure::once_into_js(move || {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("timed out waiting for an event"),
            );
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(fail.unchecked_ref(), 5000);
    });
    let future = JsFuture::from(promise);
    async move {
        future
            .await
            .expect("event")
            .dyn_into()
            .expect("custom event")
    }
}

/// Waits until just after the next paint (when the map writes the address).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        let frame = Closure::once_into_js(move || {
            let window = web_sys::window().expect("window");
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}

async fn mounted(data: &str) -> (HtmlElement, MapHandle) {
    let el = host();
    let handle = mount(el.clone(), options(data, false)).unwrap_or_else(|_| panic!("mount failed"));
    let ready = next_event(&el, "rocu-map:ready").await;
    let regions = js_sys::Reflect::get(&ready.detail(), &"regions".into())
        .ok()
        .and_then(|v| v.as_f64());
    assert_eq!(regions, Some(10.0));
    (el, handle)
}

/// Whether `root` holds an element matching `selector`.
fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).ok().flatten().is_some()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("event");
    el.dispatch_event(&e).expect("dispatch");
}

fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(&e).expect("dispatch");
}

fn panel_title(root: &Element) -> String {
    one(root, ".rm-panel h2").text_content().unwrap_or_default()
}

fn detail(e: &web_sys::CustomEvent, field: &str) -> Option<String> {
    js_sys::Reflect::get(&e.detail(), &field.into())
        .ok()
        .and_then(|v| v.as_string())
}

#[wasm_bindgen_test]
async fn it_draws_ten_regions_and_43_forces() {
    let (el, handle) = mounted(NETWORK).await;
    assert_eq!(
        el.query_selector_all("svg .rm-regions [data-region]")
            .expect("q")
            .length(),
        10
    );
    assert_eq!(
        el.query_selector_all("svg .rm-regions [data-force].rm-force")
            .expect("q")
            .length(),
        43
    );
    let svg = one(&el, "svg.rm-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("listbox"));
    assert_eq!(svg.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("Contains OS data © Crown copyright"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_click_selects_the_region_and_fills_the_panel() {
    let (el, handle) = mounted(NETWORK).await;
    let essex = one(&el, "svg .rm-regions path[data-force=\"E23000028\"]");
    let selected = next_event(&el, "rocu-map:select");
    click(&essex);
    let event = selected.await;
    assert_eq!(detail(&event, "region").as_deref(), Some("eastern"));
    assert_eq!(handle.region().as_deref(), Some("eastern"));
    assert_eq!(panel_title(&el), "Eastern Region Special Operations Unit");
    let forces: Vec<String> = (0..7)
        .map(|i| {
            one(
                &el,
                &format!(".rm-force-list li:nth-child({}) button", i + 1),
            )
            .text_content()
            .unwrap_or_default()
        })
        .collect();
    assert!(forces.contains(&"Kent Police".to_string()));
    assert_eq!(
        el.query_selector_all(".rm-force-list li")
            .expect("q")
            .length(),
        7
    );
    let g = one(&el, "svg [data-region=\"eastern\"]");
    assert_eq!(g.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(one(&el, ".rm-live")
        .text_content()
        .unwrap_or_default()
        .contains("Eastern Region Special Operations Unit selected, 7 forces."));
    // Choosing a force in the panel highlights it on the map.
    click(&one(
        &el,
        ".rm-panel button[data-panel-force=\"E23000032\"]",
    ));
    assert!(one(&el, "svg .rm-regions path[data-force=\"E23000032\"]")
        .class_list()
        .contains("is-force-selected"));
    assert_eq!(handle.force().as_deref(), Some("E23000032"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_city_of_london_can_be_chosen_by_its_hit_target() {
    let (el, handle) = mounted(NETWORK).await;
    click(&one(
        &el,
        "svg .rm-inset circle.rm-hit[data-force=\"E23000034\"]",
    ));
    assert_eq!(handle.region().as_deref(), Some("london"));
    assert_eq!(handle.force().as_deref(), Some("E23000034"));
    assert!(el
        .text_content()
        .unwrap_or_default()
        .contains("British Transport Police"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_enter_selects_escape_clears() {
    let (el, handle) = mounted(NETWORK).await;
    let svg = one(&el, "svg.rm-svg");
    svg.clone()
        .dyn_into::<web_sys::SvgElement>()
        .expect("svg")
        .focus()
        .expect("focus");
    // Focus starts on the first region; Down moves south from the North East.
    key(&svg, "ArrowDown");
    let active = svg
        .get_attribute("aria-activedescendant")
        .unwrap_or_default();
    assert!(active.ends_with("-region-yorkshire-humber"), "{active}");
    key(&svg, "Enter");
    assert_eq!(handle.region().as_deref(), Some("yorkshire-humber"));
    key(&svg, "ArrowLeft");
    assert!(svg
        .get_attribute("aria-activedescendant")
        .unwrap_or_default()
        .ends_with("-region-north-west"));
    key(&svg, " ");
    assert_eq!(handle.region().as_deref(), Some("north-west"));
    key(&svg, "Escape");
    assert_eq!(handle.region(), None);
    assert_eq!(panel_title(&el), "Regions");
    key(&svg, "End");
    assert!(svg
        .get_attribute("aria-activedescendant")
        .unwrap_or_default()
        .ends_with("-region-london"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn bad_data_shows_every_problem_in_the_page() {
    let el = host();
    let bad = NETWORK
        .replacen("\"E23000013\",", "\"E2300013\",", 1)
        .replacen("2021-02-01", "2021-02-30", 1);
    let _handle =
        mount(el.clone(), options(&bad, false)).unwrap_or_else(|_| panic!("mount failed"));
    let event = next_event(&el, "rocu-map:error").await;
    let problems: js_sys::Array = js_sys::Reflect::get(&event.detail(), &"problems".into())
        .expect("problems")
        .into();
    assert_eq!(problems.length(), 3);
    let text = one(&el, ".rm-error").text_content().unwrap_or_default();
    assert!(text.contains("The map cannot be shown"), "{text}");
    assert!(text.contains("$.meta.asOf"), "{text}");
    assert!(
        text.contains("did you mean `E23000013` (Cleveland Police)?"),
        "{text}"
    );
    assert_eq!(
        one(&el, ".rm-error").get_attribute("role").as_deref(),
        Some("alert")
    );
}

#[wasm_bindgen_test]
async fn text_that_is_not_json_and_a_missing_file_are_reported() {
    let el = host();
    let _h =
        mount(el.clone(), options("{ not json", false)).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:error").await;
    assert!(one(&el, ".rm-error")
        .text_content()
        .unwrap_or_default()
        .contains("not valid JSON"));

    // Without data the map waits for the shell's fetch to hand it over or fail.
    let el = host();
    let h =
        mount(el.clone(), js_sys::Object::new().into()).unwrap_or_else(|_| panic!("mount failed"));
    assert!(one(&el, ".rm-loading").text_content().is_some());
    h.fail(JsValue::from_str("/no-such-file.json: 404 Not Found"));
    assert!(one(&el, ".rm-error")
        .text_content()
        .unwrap_or_default()
        .contains("could not be loaded (/no-such-file.json: 404 Not Found)"));

    let el = host();
    let h =
        mount(el.clone(), js_sys::Object::new().into()).unwrap_or_else(|_| panic!("mount failed"));
    h.load(JsValue::from_str(NETWORK));
    assert!(el
        .query_selector("svg [data-region]")
        .ok()
        .flatten()
        .is_some());
    h.destroy();
    // A fetch that finishes after destroy draws nothing.
    h.load(JsValue::from_str(NETWORK));
    assert_eq!(el.child_element_count(), 0);
}

#[wasm_bindgen_test]
fn options_that_are_not_an_object_are_refused() {
    assert!(mount(host(), JsValue::from_str("data.json")).is_err());
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"deepLink".into(), &JsValue::from_str("yes")).expect("set");
    assert!(mount(host(), o.into()).is_err());
}

/// The controls offer the map in Welsh ("Cymraeg", marked as Welsh) unless the
/// host turns the switch off with `languageSwitch: false`.
#[wasm_bindgen_test]
async fn the_language_switch_is_offered_unless_the_host_turns_it_off() {
    let (el, h) = mounted(NETWORK).await;
    let switch = one(&el, ".rm-controls [data-language]");
    assert_eq!(switch.text_content().as_deref(), Some("Cymraeg"));
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("cy"));
    assert_eq!(switch.get_attribute("data-language").as_deref(), Some("cy"));
    // Still there after the controls are rebuilt for another overlay.
    assert!(h.set_overlay("funding", None));
    assert!(has(&el, ".rm-controls [data-language]"));
    h.destroy();

    let el = host();
    let o = options(NETWORK, false);
    js_sys::Reflect::set(&o, &"languageSwitch".into(), &JsValue::FALSE).expect("set");
    let ready = next_event(&el, "rocu-map:ready");
    let h = mount(el.clone(), o).unwrap_or_else(|_| panic!("mount failed"));
    ready.await;
    assert!(has(&el, ".rm-controls"));
    assert!(!has(&el, "[data-language]"));
    assert!(h.set_overlay("funding", None));
    assert!(!has(&el, "[data-language]"));
    h.destroy();
}

#[wasm_bindgen_test]
async fn two_maps_on_one_page_do_not_interfere_and_destroy_cleans_up() {
    let (a, ha) = mounted(NETWORK).await;
    let (b, hb) = mounted(NETWORK).await;
    let ids_a = one(&a, "svg [data-region=\"eastern\"]").id();
    let ids_b = one(&b, "svg [data-region=\"eastern\"]").id();
    assert_ne!(ids_a, ids_b, "element ids must be unique per map");
    click(&one(&a, "svg .rm-regions path[data-force=\"E23000028\"]"));
    assert_eq!(ha.region().as_deref(), Some("eastern"));
    assert_eq!(hb.region(), None);
    let fired = Rc::new(RefCell::new(0));
    let count = fired.clone();
    let listener = Closure::<dyn FnMut()>::new(move || *count.borrow_mut() += 1);
    b.add_event_listener_with_callback("rocu-map:select", listener.as_ref().unchecked_ref())
        .expect("listen");
    hb.destroy();
    assert_eq!(b.child_element_count(), 0);
    // A click on the emptied element does nothing: the listeners are gone.
    click(&b);
    assert_eq!(*fired.borrow(), 0);
    ha.destroy();
}

/// With deep links on in two maps, the first owns the address: the second
/// neither writes it nor follows it, so neither drives the other; when the
/// first is destroyed, the second takes it over.
#[wasm_bindgen_test]
async fn two_maps_with_deep_links_do_not_drive_each_other_through_the_address() {
    let window = web_sys::window().expect("window");
    let _ = window.location().set_hash("");
    settle().await;
    let (a, b) = (host(), host());
    let ha = mount(a.clone(), options(NETWORK, true)).unwrap_or_else(|_| panic!("mount a"));
    let hb = mount(b.clone(), options(NETWORK, true)).unwrap_or_else(|_| panic!("mount b"));
    // Both listened for before either can fire.
    let (ready_a, ready_b) = (
        next_event(&a, "rocu-map:ready"),
        next_event(&b, "rocu-map:ready"),
    );
    ready_a.await;
    ready_b.await;
    settle().await;
    assert!(hb.select(Some("south-west".into()), None));
    assert_eq!(
        hash().await,
        "",
        "the second map does not write the address"
    );
    assert!(ha.select(Some("eastern".into()), None));
    assert_eq!(hash().await, "#region=eastern");
    settle().await;
    assert_eq!(hb.region().as_deref(), Some("south-west"), "nor follow it");
    ha.destroy();
    assert!(hb.select(Some("north-west".into()), None));
    assert_eq!(hash().await, "#region=north-west", "and takes it over");
    hb.destroy();
    a.remove();
    b.remove();
    let _ = window.location().set_hash("");
}

/// Counts the listeners on `window` and `document` and the live resize
/// observers, by wrapping the browser's own functions (once per page).
fn listener_spy() -> js_sys::Function {
    js_sys::Function::new_no_args(
        r#"
        if (!window.__rmSpy) {
          const live = new Map();
          const key = (t, type) => (t === window ? 'window:' : t === document ? 'document:' : null) && ((t === window ? 'window:' : 'document:') + type);
          const add = EventTarget.prototype.addEventListener;
          const remove = EventTarget.prototype.removeEventListener;
          EventTarget.prototype.addEventListener = function (type, f, o) {
            const k = key(this, type);
            if (k) { const s = live.get(k) || new Set(); s.add(f); live.set(k, s); }
            return add.call(this, type, f, o);
          };
          EventTarget.prototype.removeEventListener = function (type, f, o) {
            const k = key(this, type);
            if (k && live.get(k)) live.get(k).delete(f);
            return remove.call(this, type, f, o);
          };
          let observing = 0;
          const RO = window.ResizeObserver;
          window.ResizeObserver = class extends RO {
            observe(t) { observing++; this.__n = (this.__n || 0) + 1; return super.observe(t); }
            disconnect() { observing -= this.__n || 0; this.__n = 0; return super.disconnect(); }
            unobserve(t) { if (this.__n) { this.__n--; observing--; } return super.unobserve(t); }
          };
          window.__rmSpy = () => {
            let n = 0;
            for (const s of live.values()) n += s.size;
            return n * 1000 + observing;
          };
        }
        return window.__rmSpy();
        "#,
    )
}

/// What the spy counts now: listeners on `window` and `document` (thousands)
/// and resize observers (units).
fn spied(spy: &js_sys::Function) -> (u32, u32) {
    let n = spy
        .call0(&JsValue::NULL)
        .ok()
        .and_then(|v| v.as_f64())
        .expect("count") as u32;
    (n / 1000, n % 1000)
}

/// `destroy()` removes every listener the map put on `window` and `document`
/// (keys, `hashchange`, `fullscreenchange`) and disconnects its resize
/// observer: counted by wrapping the browser's own functions.
#[wasm_bindgen_test]
async fn destroy_removes_every_listener_and_observer() {
    let spy = listener_spy();
    let before = spied(&spy);
    let el = host();
    let handle =
        mount(el.clone(), options(NETWORK, true)).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:ready").await;
    let (listeners, observers) = spied(&spy);
    assert!(
        listeners >= before.0 + 3,
        "keys, hashchange and fullscreenchange: {listeners}"
    );
    assert_eq!(observers, before.1 + 1, "one resize observer");
    handle.destroy();
    assert_eq!(spied(&spy), before, "all removed");
    el.remove();
}

#[wasm_bindgen_test]
async fn the_deep_link_selects_on_load_and_follows_selection() {
    let window = web_sys::window().expect("window");
    let _ = window.location().set_hash("region=south-west");
    let el = host();
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"data".into(), &JsValue::from_str(NETWORK)).expect("set");
    let handle = mount(el.clone(), o.into()).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:ready").await;
    // The address set above is heard (`hashchange`) only after a task.
    settle().await;
    assert_eq!(handle.region().as_deref(), Some("south-west"));
    assert!(handle.select(Some("north-east".into()), None));
    assert_eq!(hash().await, "#region=north-east");
    assert!(!handle.select(Some("atlantis".into()), None));
    handle.select(None, None);
    assert_eq!(hash().await, "");
    handle.destroy();
}

/// A deep link with values that do not fit (a region that does not exist, a
/// force of another region, empty values, an unknown overlay or slide) is
/// ignored where it does not fit: the map is drawn, with what does fit.
#[wasm_bindgen_test]
async fn bad_deep_links_on_load_are_ignored_and_the_map_is_drawn() {
    let window = web_sys::window().expect("window");
    for (link, region, force) in [
        ("region=atlantis", None, None),
        ("region=", None, None),
        ("region=&force=&overlay=&capability=&slide=", None, None),
        // Kent Police is in the Eastern region, not the North East.
        (
            "region=north-east&force=E23000032",
            Some("north-east"),
            None,
        ),
        ("force=E23000032", None, None),
        ("overlay=nonsense&capability=nothing", None, None),
        ("slide=999&region=%ZZ", None, None),
        (
            "region=eastern&force=E23000032",
            Some("eastern"),
            Some("E23000032"),
        ),
    ] {
        let _ = window.location().set_hash(link);
        let el = host();
        let handle =
            mount(el.clone(), options(NETWORK, true)).unwrap_or_else(|_| panic!("mount failed"));
        next_event(&el, "rocu-map:ready").await;
        settle().await;
        assert_eq!(
            el.query_selector_all("svg .rm-regions [data-region]")
                .expect("q")
                .length(),
            10,
            "{link}"
        );
        assert!(
            el.query_selector(".rm-error").expect("q").is_none(),
            "{link}"
        );
        assert_eq!(handle.region().as_deref(), region, "{link}");
        assert_eq!(handle.force().as_deref(), force, "{link}");
        handle.destroy();
        el.remove();
    }
    let _ = window.location().set_hash("");
}

const ILLUSTRATIVE: &str = include_str!("../data/examples/illustrative.json");

/// Chooses `value` in one of the overlay controls, as a person would.
fn choose(root: &Element, control: &str, value: &str) {
    let select = one(
        root,
        &format!(".rm-controls select[data-control=\"{control}\"]"),
    );
    js_sys::Reflect::set(&select, &"value".into(), &value.into()).expect("set value");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let e = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&e).expect("dispatch");
}

fn fill_of(root: &Element, region: &str) -> String {
    one(root, &format!("svg .rm-regions [data-region=\"{region}\"]"))
        .get_attribute("fill")
        .unwrap_or_default()
}

/// The legend's counts, read from "Label (n)".
fn legend_counts(root: &Element) -> Vec<usize> {
    let items = root
        .query_selector_all("svg .rm-legend-item .rm-legend-text")
        .expect("legend");
    (0..items.length())
        .filter_map(|i| items.item(i)?.text_content())
        .filter_map(|t| {
            let open = t.rfind('(')?;
            t[open + 1..].trim_end_matches(')').parse().ok()
        })
        .collect()
}

/// The address fragment, once the map has written it (just after the paint
/// that showed the change).
/// Waits until the browser is idle, after the map's own idle work (such as
/// writing the address), which was asked for first.
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        let _ = window.request_idle_callback_with_options(resolve.unchecked_ref(), &options);
    });
    let _ = JsFuture::from(promise).await;
}

/// The address once the map has written it (when the page is next idle).
async fn hash() -> String {
    settle().await;
    idle().await;
    web_sys::window()
        .expect("window")
        .location()
        .hash()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_overlays_recolours_the_map_and_updates_the_legend_and_the_link() {
    let window = web_sys::window().expect("window");
    let _ = window.location().set_hash("");
    let el = host();
    let handle =
        mount(el.clone(), options(ILLUSTRATIVE, true)).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:ready").await;
    // The address set above is heard (`hashchange`) only after a task.
    settle().await;
    let plain = fill_of(&el, "eastern");
    assert!(el
        .query_selector(".rm-controls [data-control=\"measure\"]")
        .ok()
        .flatten()
        .is_none());

    let changed = next_event(&el, "rocu-map:overlay");
    choose(&el, "overlay", "capabilities");
    let e = changed.await;
    assert_eq!(detail(&e, "overlay").as_deref(), Some("capabilities"));
    assert_eq!(hash().await, "#overlay=capabilities");
    // Every region is counted once in the legend.
    assert_eq!(legend_counts(&el).iter().sum::<usize>(), 10);
    // The overlay's value is part of each region's accessible name.
    let label = one(&el, "svg [data-region=\"eastern\"]")
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(label.contains(" in place"), "{label}");

    choose(&el, "measure", "cyber");
    assert_eq!(hash().await, "#overlay=capabilities&capability=cyber");
    let legend = one(&el, "svg .rm-legend-title")
        .text_content()
        .unwrap_or_default();
    assert_eq!(legend, "Cyber");
    let allowed = ["#12436D", "#2073BC", "#6BACE6", "#E6E6E6"];
    for id in [
        "north-east",
        "eastern",
        "south-west",
        "southern-wales",
        "london",
    ] {
        let f = fill_of(&el, id);
        assert!(
            allowed.contains(&f.as_str()) || f.ends_with("-no-data)"),
            "{id}: {f}"
        );
    }
    assert_eq!(fill_of(&el, "london"), "#E6E6E6", "London has no ROCU");

    choose(&el, "overlay", "funding");
    assert_eq!(hash().await, "#overlay=funding");
    let glyphs = el
        .query_selector_all("svg .rm-glyph")
        .expect("glyphs")
        .length();
    assert_eq!(glyphs, 9, "a funding-mix bar for each ROCU");
    choose(&el, "measure", "home-office-grant");
    assert_eq!(hash().await, "#overlay=funding&source=home-office-grant");

    // Selecting a region keeps the overlay in the link.
    assert!(handle.select(Some("eastern".into()), None));
    assert_eq!(
        hash().await,
        "#region=eastern&overlay=funding&source=home-office-grant"
    );

    choose(&el, "overlay", "dedicated-lead");
    assert!(el.query_selector("svg .rm-marker").ok().flatten().is_some());
    choose(&el, "overlay", "regions");
    assert_eq!(fill_of(&el, "eastern"), plain);
    assert!(el
        .query_selector("svg .rm-legend-title")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(hash().await, "#region=eastern");
    // The selection survived the map being patched for each overlay, and
    // clears cleanly: no region or outline keeps a mark.
    let marked = |sel: &str| el.query_selector_all(sel).map_or(0, |l| l.length());
    assert_eq!(marked("svg .rm-region.is-selected"), 1);
    assert_eq!(marked("svg .rm-outline.is-selected"), 1);
    assert!(handle.select(Some("london".into()), None));
    assert!(handle.select(None, None));
    assert_eq!(marked("svg .is-selected"), 0);
    assert_eq!(marked("svg [aria-selected=\"true\"]"), 0);
    handle.destroy();
    let _ = window.location().set_hash("");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_the_overlay_it_names() {
    let window = web_sys::window().expect("window");
    let _ = window
        .location()
        .set_hash("overlay=funding&source=home-office-grant");
    let el = host();
    let handle =
        mount(el.clone(), options(ILLUSTRATIVE, true)).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:ready").await;
    // The address set above is heard (`hashchange`) only after a task.
    settle().await;
    let select = one(&el, ".rm-controls select[data-control=\"measure\"]");
    let value = js_sys::Reflect::get(&select, &"value".into()).expect("value");
    assert_eq!(value.as_string().as_deref(), Some("home-office-grant"));
    let legend = one(&el, "svg .rm-legend-title")
        .text_content()
        .unwrap_or_default();
    assert_eq!(legend, "Share from Home Office grant, latest year");
    handle.destroy();
    let _ = window.location().set_hash("");
}

#[wasm_bindgen_test]
async fn the_compare_table_sorts_by_a_column_and_downloads_what_it_shows() {
    use rocu_map::core::layout::{overlay::Overlay, view::MapView};
    use rocu_map::core::markup::controls;
    let (el, handle) = mounted(ILLUSTRATIVE).await;
    choose(&el, "overlay", "funding");
    let mut view = MapView::from_json(ILLUSTRATIVE, 800.0).expect("view");
    view.set_overlay(Overlay::Funding(None), 800.0);
    let table = view.compare();
    let column = table
        .columns
        .iter()
        .position(|c| c.heading.starts_with("Total"))
        .expect("a total column");
    let ids = |el: &Element| {
        let rows = el
            .query_selector_all(".rm-compare-view tbody tr")
            .expect("rows");
        (0..rows.length())
            .filter_map(|i| {
                rows.item(i)?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute("data-row-region")
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&el).len(), 10);
    let button = format!(".rm-compare-view button[data-sort=\"{column}\"]");
    // The expected order worked out here from the file itself (each region's
    // latest total), not by the core's own sort.
    let file: serde_json::Value = serde_json::from_str(ILLUSTRATIVE).expect("json");
    let mut totals: Vec<(String, Option<f64>)> = file["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| {
            let latest = r["funding"].as_array().and_then(|years| {
                years
                    .iter()
                    .max_by(|a, b| a["year"].as_str().cmp(&b["year"].as_str()))
            });
            let total = latest.and_then(|y| y["total"].as_f64());
            (r["id"].as_str().expect("id").to_string(), total)
        })
        .collect();
    for descending in [false, true] {
        click(&one(&el, &button));
        totals.sort_by(|a, b| match (a.1, b.1) {
            (Some(x), Some(y)) if descending => y.total_cmp(&x),
            (Some(x), Some(y)) => x.total_cmp(&y),
            // Regions with no figure go last either way.
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        let expected: Vec<String> = totals.iter().map(|(id, _)| id.clone()).collect();
        assert_eq!(ids(&el), expected, "descending: {descending}");
        let order = table.sorted(column, descending);
        let th = one(&el, &button).parent_element().expect("th");
        assert_eq!(
            th.get_attribute("aria-sort").as_deref(),
            Some(if descending {
                "descending"
            } else {
                "ascending"
            })
        );
        // The download is the table as shown, in its order.
        let link = one(&el, ".rm-compare-view a.rm-download");
        let href = link.get_attribute("href").unwrap_or_default();
        let data = href
            .strip_prefix("data:text/csv;charset=utf-8,")
            .expect("a CSV data address");
        let csv = js_sys::decode_uri_component(data).expect("decode");
        assert_eq!(String::from(csv), table.to_csv(&order));
        assert_eq!(
            link.get_attribute("download"),
            Some(controls::file_name(
                &Overlay::Funding(None),
                "2021-02-01",
                "csv"
            ))
        );
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_linked_slide_presents_and_the_document_keys_step_through_the_sequence() {
    let window = web_sys::window().expect("window");
    let _ = window.location().set_hash("slide=3");
    let el = host();
    let handle =
        mount(el.clone(), options(NETWORK, true)).unwrap_or_else(|_| panic!("mount failed"));
    next_event(&el, "rocu-map:ready").await;
    // The address set above is heard (`hashchange`) only after a task.
    settle().await;
    let view = rocu_map::core::layout::view::MapView::from_json(NETWORK, 800.0).expect("view");
    let regions = &view.atlas.network.regions;
    let step = || one(&el, ".rm-step").text_content().unwrap_or_default();
    let zoom = || one(&el, ".rm-zoom").get_attribute("transform");
    // Slide 3 is the second region, selected, zoomed and in the theme.
    assert!(el.class_list().contains("is-presenting"));
    assert_eq!(
        step(),
        format!("Region 2 of 10: {}", regions[1].long_name())
    );
    assert_eq!(handle.region().as_deref(), Some(regions[1].id.as_str()));
    assert!(zoom().is_some_and(|t| t.starts_with("scale(") && t != "scale(1)"));
    // The keys are heard on the document, wherever focus is.
    let doc: Element = document().document_element().expect("root");
    key(&doc, "PageDown");
    assert_eq!(handle.region().as_deref(), Some(regions[2].id.as_str()));
    assert_eq!(hash().await, format!("#region={}&slide=4", regions[2].id));
    key(&doc, "End");
    assert_eq!(step(), "All regions compared");
    assert!(el.class_list().contains("is-compare"));
    assert_eq!(handle.region(), None);
    assert_eq!(zoom().as_deref(), Some("scale(1)"));
    key(&doc, "PageDown");
    assert_eq!(step(), "Overview of all regions");
    // A key that is not for stepping does nothing.
    key(&doc, "x");
    assert_eq!(step(), "Overview of all regions");
    key(&doc, "Escape");
    assert!(!el.class_list().contains("is-presenting"));
    assert_eq!(step(), "");
    assert_eq!(hash().await, "");
    // Once it has ended, the keys are the page's again.
    key(&doc, "PageDown");
    assert_eq!(step(), "");
    // A slide named in the address while the page is open is opened too.
    let _ = window.location().set_hash("slide=5");
    settle().await;
    assert_eq!(
        step(),
        format!("Region 4 of 10: {}", regions[3].long_name())
    );
    key(&doc, "Escape");
    assert_eq!(hash().await, "");
    handle.destroy();
}

/// The browser's verdict on each edge file, which must be the command line's
/// (`tests/validation.rs` checks that against the same table): the errors the
/// host hears in `rocu-map:error`, or the warnings shown above the drawn map.
#[wasm_bindgen_test]
async fn edge_files_get_the_same_verdict_as_on_the_command_line() {
    for e in edge::edges(NETWORK, ILLUSTRATIVE) {
        let el = host();
        let _handle =
            mount(el.clone(), options(&e.text, false)).unwrap_or_else(|_| panic!("mount failed"));
        let event = next_event(&el, "rocu-map:ready,rocu-map:error").await;
        let paths = |selector: &str| -> Vec<String> {
            let list = el.query_selector_all(selector).expect("query");
            (0..list.length())
                .filter_map(|i| list.item(i)?.text_content())
                .collect()
        };
        if e.errors.is_empty() {
            assert_eq!(
                event.type_(),
                "rocu-map:ready",
                "{}: {:?}",
                e.name,
                paths(".rm-error code")
            );
            assert_eq!(paths(".rm-warnings code"), e.warnings, "{}", e.name);
        } else {
            assert_eq!(event.type_(), "rocu-map:error", "{}", e.name);
            let problems =
                js_sys::Reflect::get(&event.detail(), &"problems".into()).expect("problems");
            let found: Vec<String> = js_sys::Array::from(&problems)
                .iter()
                .filter_map(|p| js_sys::Reflect::get(&p, &"path".into()).ok()?.as_string())
                .collect();
            assert_eq!(found, e.errors, "{}", e.name);
        }
        el.remove();
    }
}

/// Random JSON text (a small, seeded generator: the browser tests have no
/// proptest), with what makes readers disagree: keys given twice, keys that
/// are numbers, escapes (whole characters and halves), odd Unicode, numbers
/// at and beyond the format's range, nesting.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        // xorshift64
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }

    fn value(&mut self, depth: usize) -> String {
        let kind = if depth > 5 {
            self.next() % 4
        } else {
            self.next() % 7
        };
        match kind {
            0 => self.pick(&["null", "true", "false"]).to_string(),
            1 => self
                .pick(&[
                    "0",
                    "-0",
                    "1",
                    "-12.5",
                    "3e2",
                    "1E-7",
                    "0.1",
                    "123456789012345",
                    "1e15",
                    "1e308",
                    "1e400",
                    "-1e400",
                    "9007199254740993",
                ])
                .to_string(),
            2 | 3 => self.string(),
            4 | 5 => {
                let n = self.next() % 5;
                let members: Vec<String> = (0..n)
                    .map(|_| format!("{}: {}", self.key(), self.value(depth + 1)))
                    .collect();
                format!("{{{}}}", members.join(", "))
            }
            _ => {
                let n = self.next() % 5;
                let items: Vec<String> = (0..n).map(|_| self.value(depth + 1)).collect();
                format!("[{}]", items.join(","))
            }
        }
    }

    fn key(&mut self) -> String {
        let k = self.pick(&[
            "a",
            "b",
            "id",
            "0",
            "1",
            "10",
            "01",
            "-1",
            "4294967295",
            "__proto__",
            "é",
        ]);
        format!("\"{k}\"")
    }

    fn string(&mut self) -> String {
        let parts: Vec<&str> = (0..self.next() % 4)
            .map(|_| {
                self.pick(&[
                    "x",
                    " ",
                    "é",
                    "\\u00e9",
                    "\\n",
                    "\\\"",
                    "\\\\",
                    "\\ud83d\\ude00",
                    "😀",
                    "\\ud800",
                    "\\udc00",
                    "\\u0000",
                    "<script>",
                    "\u{202e}",
                    "\u{feff}",
                ])
            })
            .collect();
        format!("\"{}\"", parts.concat())
    }
}

/// The browser reads a data file exactly as the command line does: for random
/// JSON, `JSON.parse` and the copy into the core's value give what serde
/// gives natively, or both refuse, and the text checks are the same.
#[wasm_bindgen_test]
fn the_browser_reads_json_as_the_command_line_does() {
    use rocu_map::core::data::json::Value;
    use rocu_map::core::data::validate::{text::prepare, Severity};
    let mut gen = Gen(0x9e37_79b9_7f4a_7c15);
    let cases = 3000;
    for _ in 0..cases {
        let text = gen.value(0);
        let browser = rocu_map::web::json::parse(&text);
        let native = prepare(&text).map(|(t, scanned)| (serde_json::from_str::<Value>(t), scanned));
        match (browser, native) {
            (Err(b), Err(n)) => assert_eq!(b.message, n.message, "{text}"),
            (Ok((value, b_scanned)), Ok((parsed, n_scanned))) => {
                assert_eq!(b_scanned, n_scanned, "{text}");
                if n_scanned.iter().any(|p| p.severity == Severity::Error) {
                    // Refused in both, by the checks of the text (a number
                    // beyond the format, half a character).
                    continue;
                }
                let parsed = parsed.unwrap_or_else(|e| panic!("serde refused {text}: {e}"));
                assert_eq!(value, parsed, "{text}");
            }
            (b, n) => panic!(
                "{text}: the browser gave {:?}, natively {:?}",
                b.is_ok(),
                n.is_ok()
            ),
        }
    }
}
