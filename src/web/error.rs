//! The web layer's one error type, turned into a `JsError` only at the boundary.

use std::fmt;

use wasm_bindgen::JsValue;

use crate::core::error::Error as CoreError;

/// Everything that can go wrong in the browser.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebError {
    /// The options object was not understood.
    Options(String),
    /// The data could not be fetched.
    Fetch(String),
    /// The core rejected the data.
    Core(CoreError),
    /// A DOM call failed.
    Dom(String),
}

impl fmt::Display for WebError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebError::Options(m) => write!(f, "the map options are not valid: {m}"),
            WebError::Fetch(m) => write!(f, "the data could not be loaded: {m}"),
            WebError::Core(e) => write!(f, "{e}"),
            WebError::Dom(m) => write!(f, "the page could not be updated: {m}"),
        }
    }
}

impl std::error::Error for WebError {}

impl From<CoreError> for WebError {
    fn from(e: CoreError) -> Self {
        WebError::Core(e)
    }
}

impl From<JsValue> for WebError {
    fn from(v: JsValue) -> Self {
        WebError::Dom(describe(&v))
    }
}

/// A readable description of a thrown JavaScript value.
pub fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return s;
    }
    js_sys::Reflect::get(v, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "an unknown error".to_string())
}
