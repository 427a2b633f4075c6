//! The options a host passes to `mount`, read with `serde-wasm-bindgen`.

use serde::Deserialize;
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

/// `{ data, deepLink }` as the host writes them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Given {
    /// Kept as the JavaScript value: text or an object, read when drawn.
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    data: JsValue,
    #[serde(default)]
    deep_link: Option<bool>,
}

/// Parsed mount options.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data, when the host passes it in; otherwise the map waits for
    /// `load` (the JavaScript shell fetches `src` while the WebAssembly starts).
    pub data: Option<DataSource>,
    /// Whether the map reads and writes `#region=…`.
    pub deep_link: bool,
}

impl Options {
    /// Reads `{ data, deepLink }`.
    pub fn from_js(v: &JsValue) -> Result<Options, WebError> {
        if !v.is_object() {
            return Err(WebError::Options(
                "pass an object such as { data: {…} }".into(),
            ));
        }
        let given: Given = serde_wasm_bindgen::from_value(v.clone())
            .map_err(|_| WebError::Options("`deepLink` must be true or false".into()))?;
        Ok(Options {
            data: DataSource::from_js(given.data),
            deep_link: given.deep_link.unwrap_or(true),
        })
    }
}
