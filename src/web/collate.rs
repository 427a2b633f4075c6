//! Sorting text the way the reader's language does, with the browser's own
//! `Intl.Collator` (so the WebAssembly carries no collation tables): case and
//! accents aside first, and numbers within text by their value.

use std::cmp::Ordering;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::core::lang::{self, Lang};

thread_local! {
    /// The collator's `compare`, made once.
    static COMPARE: Function = {
        let options = Object::new();
        let _ = Reflect::set(&options, &"sensitivity".into(), &"base".into());
        let _ = Reflect::set(&options, &"numeric".into(), &JsValue::TRUE);
        // Welsh sorts its digraphs as letters of their own (ch after c, ll
        // after l, …), which `Intl.Collator("cy")` knows.
        let locale = match lang::current() {
            Lang::Cy => "cy",
            Lang::En => "en-GB",
        };
        Intl::Collator::new(&Array::of1(&locale.into()), &options).compare()
    };
}

/// How `a` sorts against `b` in the map's language (British English or Welsh).
pub fn compare(a: &str, b: &str) -> Ordering {
    let n = COMPARE.with(|f| {
        f.call2(&JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    });
    n.partial_cmp(&0.0)
        .unwrap_or(Ordering::Equal)
        .then_with(|| a.cmp(b))
}
