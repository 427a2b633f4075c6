//! The options a host passes to `mount`. (Read by hand rather than with
//! `serde-wasm-bindgen`: see `json.rs` for what its reading side costs.)

use wasm_bindgen::JsValue;

use super::error::WebError;

/// Data handed to the map: JSON text or an already parsed object.
#[derive(Debug, Clone)]
pub enum DataSource {
    /// JSON text.
    Text(String),
    /// An object (from `JSON.parse` or built by the host).
    Object(JsValue),
}

impl DataSource {
    /// Reads data given as text or an object; `None` for anything else.
    pub fn from_js(data: JsValue) -> Option<DataSource> {
        if let Some(text) = data.as_string() {
            Some(DataSource::Text(text))
        } else if data.is_object() {
            Some(DataSource::Object(data))
        } else {
            None
        }
    }
}

/// Parsed mount options.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data, when the host passes it in; otherwise the map waits for
    /// `load` (the JavaScript shell fetches `src` while the WebAssembly starts).
    pub data: Option<DataSource>,
    /// Whether the map reads and writes `#region=…`.
    pub deep_link: bool,
    /// Whether the controls offer the map in the other language.
    pub language_switch: bool,
}

impl Options {
    /// Reads `{ data, deepLink, languageSwitch }`.
    pub fn from_js(v: &JsValue) -> Result<Options, WebError> {
        if !v.is_object() {
            return Err(WebError::Options(
                "pass an object such as { data: {…} }".into(),
            ));
        }
        let get = |key: &str| {
            js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
        };
        let deep_link = get("deepLink");
        let deep_link = match deep_link.as_bool() {
            Some(b) => b,
            None if deep_link.is_undefined() || deep_link.is_null() => true,
            None => return Err(WebError::Options("`deepLink` must be true or false".into())),
        };
        Ok(Options {
            data: DataSource::from_js(get("data")),
            deep_link,
            // On unless the host says `false`.
            language_switch: get("languageSwitch").as_bool() != Some(false),
        })
    }
}
