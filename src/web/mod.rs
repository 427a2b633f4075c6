//! The browser layer (WebAssembly only): turns the core's element trees into DOM
//! nodes, reads the data the host hands over, and wires events. No map logic lives
//! here: layout, names, navigation and the panel all come from [`crate::core`].

mod collate;
mod controller;
mod dom;
mod effects;
mod error;
mod events;
pub mod json;
mod options;
mod present;
mod ui;

use wasm_bindgen::prelude::*;

pub use controller::MapHandle;

/// A smaller allocator than Rust's default for WebAssembly (dlmalloc), which
/// the single-threaded map can use.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
pub use error::WebError;

/// Reports a panic in every mounted map instead of leaving a blank box.
#[wasm_bindgen(start)]
pub fn start() {
    // Only a fixed message is shown: formatting the panic's place and arguments
    // would cost about a kilobyte of WebAssembly for a message no one can act on.
    std::panic::set_hook(Box::new(|info| {
        controller::show_panic(info.payload_as_str().unwrap_or("an unexpected state"));
    }));
}

/// Mounts a map into `element`.
///
/// `options` is an object: `{ data: {...} | "json text" }` to pass the data in
/// (it is drawn straight after `mount` returns), or no `data` to hand it over
/// later with the handle's `load` (or `fail`): `rocu-map.js` fetches `src` that
/// way, in parallel with starting the WebAssembly. `deepLink: false` stops the
/// map reading and writing `#region=…` in the address; `languageSwitch: false`
/// leaves the language switch out of the controls. The element receives
/// `rocu-map:ready` or `rocu-map:error`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<MapHandle, JsError> {
    let options = options::Options::from_js(&options).map_err(JsError::from)?;
    controller::MapHandle::mount(element, options).map_err(JsError::from)
}
