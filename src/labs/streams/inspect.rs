//! A read-only window into the streams lab for browser tests and scripting hosts:
//! `window.__nodescopeStreams.state()` is the lab's state at the shown step, `stateAt(n)` the
//! state after `n` steps, `length()` the number of steps and `model()` the streams, edges and
//! heap limit of the run, all as JSON. The tests compare the gauges and the memory figure on
//! screen against these, so they check the views against the engine's trace.

use std::cell::RefCell;
use std::rc::Rc;

use nodescope_engine::Trace;
use wasm_bindgen::prelude::*;

use super::model::StreamsTrace;

struct Shown {
    trace: Rc<Trace>,
    model: Rc<StreamsTrace>,
    position: usize,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
    static INSTALLED: RefCell<bool> = const { RefCell::new(false) };
}

/// Records what is on screen, and installs `window.__nodescopeStreams` the first time.
pub fn publish(trace: Rc<Trace>, model: Rc<StreamsTrace>, position: usize) {
    SHOWN.with(|shown| {
        *shown.borrow_mut() = Some(Shown {
            trace,
            model,
            position,
        })
    });
    INSTALLED.with(|installed| {
        if !*installed.borrow() {
            *installed.borrow_mut() = install();
        }
    });
}

fn with_shown(read: impl FnOnce(&Shown) -> String) -> JsValue {
    SHOWN.with(|shown| match &*shown.borrow() {
        Some(shown) => JsValue::from_str(&read(shown)),
        None => JsValue::NULL,
    })
}

fn install() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let api = js_sys::Object::new();
    let state = Closure::<dyn Fn() -> JsValue>::new(|| {
        with_shown(|shown| {
            serde_json::to_string(&shown.model.state_after(&shown.trace, shown.position))
                .unwrap_or_default()
        })
    });
    let state_at = Closure::<dyn Fn(f64) -> JsValue>::new(|n: f64| {
        with_shown(|shown| {
            serde_json::to_string(&shown.model.state_after(&shown.trace, n.max(0.0) as usize))
                .unwrap_or_default()
        })
    });
    let length = Closure::<dyn Fn() -> JsValue>::new(|| {
        SHOWN.with(|shown| match &*shown.borrow() {
            Some(shown) => JsValue::from_f64(shown.model.len() as f64),
            None => JsValue::NULL,
        })
    });
    let model = Closure::<dyn Fn() -> JsValue>::new(|| {
        with_shown(|shown| {
            serde_json::json!({
                "streams": shown.model.streams,
                "edges": shown.model.edges,
                "heap_limit": shown.model.heap_limit,
                "steps": shown.model.len(),
                "memory_peak": shown.model.memory.iter().map(|s| s.bytes).max().unwrap_or(0),
            })
            .to_string()
        })
    });
    let ok = js_sys::Reflect::set(&api, &"state".into(), state.as_ref()).is_ok()
        && js_sys::Reflect::set(&api, &"stateAt".into(), state_at.as_ref()).is_ok()
        && js_sys::Reflect::set(&api, &"length".into(), length.as_ref()).is_ok()
        && js_sys::Reflect::set(&api, &"model".into(), model.as_ref()).is_ok()
        && js_sys::Reflect::set(&window, &"__nodescopeStreams".into(), &api).is_ok();
    // The page keeps these for its whole life.
    state.forget();
    state_at.forget();
    length.forget();
    model.forget();
    ok
}
