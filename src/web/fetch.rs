//! Fetching the data file: the only network request the map makes.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::error::{describe, WebError};

/// Fetches `url` as text, failing on any status other than 2xx.
pub async fn text(url: &str) -> Result<String, WebError> {
    let window = web_sys::window().ok_or_else(|| WebError::Fetch("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| WebError::Fetch(format!("{url}: {}", describe(&e))))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| WebError::Fetch(format!("{url}: not a response")))?;
    if !response.ok() {
        return Err(WebError::Fetch(format!(
            "{url} answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let promise = response.text().map_err(|e| WebError::Fetch(describe(&e)))?;
    let body = JsFuture::from(promise)
        .await
        .map_err(|e| WebError::Fetch(describe(&e)))?;
    Ok(body.as_string().unwrap_or_default())
}
