//! Reading the data: text with the browser's own `JSON.parse` (so the
//! WebAssembly carries no JSON parser), then the parsed object, or the host's
//! own object, copied into the core's JSON value.
//!
//! Not with `serde-wasm-bindgen` (which writes the event details): its reading
//! side brings Rust's float and `Debug` formatting into the WebAssembly for its
//! error messages, 9,091 bytes gzipped (6 % of the download budget, measured
//! with `scripts/size-budget.mjs`), for values that `JSON.parse` has already
//! checked. Natively the same value is read with serde (`serde_json`).

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::error::describe;
use crate::core::data::json::{Map, Value, MAX_DEPTH};
use crate::core::data::validate::text::prepare;
use crate::core::data::validate::{Problem, Severity};
use crate::core::lang::words;

/// Parses JSON text after the same checks of the text as on the command line
/// (byte-order mark, size, repeated keys, numbers too large), or says where it
/// is broken. Returns the value and the problems the checks found.
pub fn parse(text: &str) -> Result<(Value, Vec<Problem>), Problem> {
    let (text, scanned) = prepare(text)?;
    match JSON::parse(text) {
        Ok(v) => Ok((to_value(&v, 0), scanned)),
        Err(e) => Err(Problem {
            severity: Severity::Error,
            path: "$".into(),
            message: not_json(&describe(&e)),
            hint: Some(words().not_json_hint().into()),
        }),
    }
}

/// The problem's message: the browser's own words for what is wrong (they
/// are English), or in the Welsh map the place they name, in Welsh.
fn not_json(said: &str) -> String {
    #[cfg(feature = "cy")]
    if let Some((line, column)) = crate::core::data::validate::browser_json_place(said) {
        return words().not_json_at(line, column);
    }
    words().not_json_browser(said)
}

/// Copies a JavaScript value (from `JSON.parse` or the host) into a JSON value.
pub fn to_value(v: &JsValue, depth: usize) -> Value {
    if depth > MAX_DEPTH || v.is_null() || v.is_undefined() {
        return Value::Null;
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        return if n.is_finite() {
            Value::Number(n)
        } else {
            Value::Null
        };
    }
    if let Some(s) = v.as_string() {
        return Value::String(s);
    }
    if Array::is_array(v) {
        let array: &Array = v.unchecked_ref();
        return Value::Array(array.iter().map(|x| to_value(&x, depth + 1)).collect());
    }
    match v.dyn_ref::<Object>() {
        Some(object) => {
            let mut map = Vec::new();
            for key in Object::keys(object).iter() {
                if let Some(k) = key.as_string() {
                    let value = Reflect::get(object, &key).unwrap_or(JsValue::NULL);
                    map.push((k, to_value(&value, depth + 1)));
                }
            }
            Value::Object(Map(map))
        }
        None => Value::Null,
    }
}
