//! A read-only window into the lab for browser tests and for hosts that script the page:
//! `window.__nodescope.state()` is the engine's state at the shown step, `stateAt(n)` the
//! state after `n` events, and `length()` the trace's length, all as JSON. The tests compare
//! what the panels show against these, so they check the views against the engine's trace.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::playback::Playback;

thread_local! {
    static SHOWN: RefCell<Option<Playback>> = const { RefCell::new(None) };
    static INSTALLED: RefCell<bool> = const { RefCell::new(false) };
}

/// Records what is on screen, and installs `window.__nodescope` the first time.
pub fn publish(playback: &Playback) {
    SHOWN.with(|shown| *shown.borrow_mut() = Some(playback.clone()));
    INSTALLED.with(|installed| {
        if !*installed.borrow() {
            *installed.borrow_mut() = install();
        }
    });
}

fn with_shown(read: impl FnOnce(&Playback) -> String) -> JsValue {
    SHOWN.with(|shown| match &*shown.borrow() {
        Some(playback) => JsValue::from_str(&read(playback)),
        None => JsValue::NULL,
    })
}

fn install() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let api = js_sys::Object::new();
    let state = Closure::<dyn Fn() -> JsValue>::new(|| {
        with_shown(|playback| serde_json::to_string(&*playback.state).unwrap_or_default())
    });
    let state_at = Closure::<dyn Fn(f64) -> JsValue>::new(|n: f64| {
        with_shown(|playback| {
            let state = playback.state_after(n.max(0.0) as usize);
            serde_json::to_string(&state).unwrap_or_default()
        })
    });
    let length = Closure::<dyn Fn() -> JsValue>::new(|| {
        SHOWN.with(|shown| match &*shown.borrow() {
            Some(playback) => JsValue::from_f64(playback.len() as f64),
            None => JsValue::NULL,
        })
    });
    let ok = js_sys::Reflect::set(&api, &"state".into(), state.as_ref()).is_ok()
        && js_sys::Reflect::set(&api, &"stateAt".into(), state_at.as_ref()).is_ok()
        && js_sys::Reflect::set(&api, &"length".into(), length.as_ref()).is_ok()
        && js_sys::Reflect::set(&window, &"__nodescope".into(), &api).is_ok();
    // The page keeps these for its whole life.
    state.forget();
    state_at.forget();
    length.forget();
    ok
}
