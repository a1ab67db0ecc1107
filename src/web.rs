//! The browser glue: the only module that reaches for `window`, `document` and `history`
//! directly. Everything here degrades to a no-op when an API is missing (sandboxed iframes,
//! old browsers, native tests), so callers never need to care.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|window| window.document())
}

/// The current query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The current page address without its query, so links work under any sub-path.
pub fn current_path() -> String {
    window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "./".to_string())
}

/// The full address of the page for `query`.
pub fn absolute_url(query: &str) -> String {
    let location = window().map(|window| window.location());
    let origin = location
        .as_ref()
        .and_then(|location| location.origin().ok())
        .filter(|origin| origin != "null")
        .unwrap_or_default();
    format!("{origin}{}{query}", current_path())
}

/// Replaces the current history entry's query (no new entry: used for every step change).
pub fn replace_query(query: &str) {
    set_query(query, false);
}

/// Adds a history entry with this query (used when the lab changes).
pub fn push_query(query: &str) {
    set_query(query, true);
}

fn set_query(query: &str, push: bool) {
    let Some(history) = window().and_then(|window| window.history().ok()) else {
        return;
    };
    let url = format!("{}{query}", current_path());
    if query == current_query() && !push {
        return;
    }
    // Browsers may refuse (sandboxed `about:srcdoc` frames, rate limits); the page works on.
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Sets (or, with `None`, removes) an attribute of the `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = document().and_then(|document| document.document_element()) else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// Whether a media query matches (false when it cannot be asked).
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

pub fn prefers_dark() -> bool {
    media_matches("(prefers-color-scheme: dark)")
}

/// Copies text to the clipboard. Resolves to whether it worked; where the clipboard API is
/// missing or refused (sandboxed frames), the caller shows the text to copy by hand instead.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Enters full screen, or leaves it when already there.
pub fn toggle_fullscreen() {
    let Some(document) = document() else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Whether a key event comes from somewhere the user types, where shortcuts must not fire.
pub fn is_typing_target(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    if tag == "textarea" || tag == "select" {
        return true;
    }
    if tag == "input" {
        let kind = target.get_attribute("type").unwrap_or_default();
        // A range input (the scrubber) is not typing; shortcuts still work on it.
        return kind != "range" && kind != "checkbox" && kind != "radio" && kind != "button";
    }
    target
        .closest("[contenteditable=''], [contenteditable='true']")
        .ok()
        .flatten()
        .is_some()
}

/// Opens a `<details>` element by id (a link to it alone only scrolls).
pub fn open_details(id: &str) {
    if let Some(element) = document().and_then(|document| document.get_element_by_id(id)) {
        let _ = element.set_attribute("open", "");
    }
}

/// Downloads the lab on screen as `format` ("svg" or "png") through `static/export.js`.
/// Resolves to a short description of the file, or why it failed.
pub async fn export_frame(format: &str, file_name: &str) -> Result<String, String> {
    let window = window().ok_or("no window")?;
    let export = js_sys::Reflect::get(&window, &JsValue::from_str("nodescopeExport"))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok())
        .ok_or("the export script did not load")?;
    let promise = export
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(format),
            &JsValue::from_str(file_name),
        )
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the export did not start")?;
    let result = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|error| {
            js_sys::Reflect::get(&error, &JsValue::from_str("message"))
                .ok()
                .and_then(|message| message.as_string())
                .unwrap_or_else(|| "the export failed".to_string())
        })?;
    let number = |key: &str| {
        js_sys::Reflect::get(&result, &JsValue::from_str(key))
            .ok()
            .and_then(|value| value.as_f64())
            .unwrap_or(0.0)
    };
    Ok(format!(
        "{file_name}: {} × {} px, {} KiB",
        number("width"),
        number("height"),
        (number("bytes") / 1024.0).ceil()
    ))
}

/// Whether the window is small (a compact embed: under 700 × 520 CSS pixels either way).
pub fn is_small_viewport() -> bool {
    let Some(window) = window() else {
        return false;
    };
    let size = |value: Result<JsValue, JsValue>| value.ok().and_then(|v| v.as_f64());
    let width = size(window.inner_width()).unwrap_or(1280.0);
    let height = size(window.inner_height()).unwrap_or(720.0);
    width < 700.0 || height < 520.0
}
