//! The options a host passes to `mount`.

use wasm_bindgen::JsValue;

use super::error::WebError;

/// Where the data comes from.
#[derive(Debug, Clone)]
pub enum DataSource {
    /// A URL to fetch (relative to the page).
    Url(String),
    /// JSON text given directly.
    Text(String),
    /// An object given directly.
    Object(JsValue),
}

/// Parsed mount options.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data.
    pub data: DataSource,
    /// Whether the map reads and writes `#region=…`.
    pub deep_link: bool,
}

impl Options {
    /// Reads `{ src, data, deepLink }`.
    pub fn from_js(v: &JsValue) -> Result<Options, WebError> {
        if !v.is_object() {
            return Err(WebError::Options(
                "pass an object such as { src: \"data/network.json\" }".into(),
            ));
        }
        let get = |key: &str| {
            js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
        };
        let absent = |x: &JsValue| x.is_undefined() || x.is_null();
        let src = get("src");
        if !absent(&src) && src.as_string().is_none() {
            return Err(WebError::Options(
                "`src` must be text: the address of network.json".into(),
            ));
        }
        let deep_link = get("deepLink");
        let deep_link = match deep_link.as_bool() {
            Some(b) => b,
            None if absent(&deep_link) => true,
            None => return Err(WebError::Options("`deepLink` must be true or false".into())),
        };
        let data = get("data");
        let source = if let Some(text) = data.as_string() {
            DataSource::Text(text)
        } else if data.is_object() {
            DataSource::Object(data)
        } else if let Some(src) = src.as_string().filter(|s| !s.trim().is_empty()) {
            DataSource::Url(src)
        } else {
            return Err(WebError::Options(
                "give `src` (the address of network.json) or `data`".into(),
            ));
        };
        Ok(Options {
            data: source,
            deep_link,
        })
    }
}
