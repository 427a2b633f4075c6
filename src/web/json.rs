//! Reading the data: text with the browser's own `JSON.parse` (so the
//! WebAssembly carries no JSON parser), then the parsed object, or the host's
//! own object, into the core's JSON value with `serde-wasm-bindgen`.

use js_sys::JSON;
use wasm_bindgen::JsValue;

use super::error::describe;
use crate::core::data::json::Value;
use crate::core::data::validate::{Problem, Severity};

/// Parses JSON text, or says where it is broken.
pub fn parse(text: &str) -> Result<Value, Problem> {
    match JSON::parse(text) {
        Ok(v) => from_js(&v),
        Err(e) => Err(broken(
            format!("this is not valid JSON: {}", describe(&e)),
            "check for a missing comma, quote or bracket near that place",
        )),
    }
}

/// Reads a JavaScript value (from `JSON.parse` or the host) as a JSON value.
pub fn from_js(v: &JsValue) -> Result<Value, Problem> {
    serde_wasm_bindgen::from_value(v.clone()).map_err(|e| {
        broken(
            format!("the data is not a JSON value: {e}"),
            "pass the data as JSON text or as a plain object of strings, numbers, lists and objects",
        )
    })
}

fn broken(message: String, hint: &str) -> Problem {
    Problem {
        severity: Severity::Error,
        path: "$".into(),
        message,
        hint: Some(hint.into()),
    }
}
