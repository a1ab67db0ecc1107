//! The message API of `remote.rs`, wired to the page: a hook every lab calls with its playback
//! and a way to load one of its presets. Commands are taken only from the window that embeds
//! the lab (`event.source === window.parent`), from any origin: a sandboxed frame without
//! `allow-same-origin` has the origin "null", and a host's origin cannot be known in advance.
//! Nothing the API reveals is secret (it is all in the URL), so events go to the parent with
//! target origin `*`. A page that is not in a frame neither listens nor sends.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::playback::{Action, Playback};
use crate::remote::{self, Command, EventKind, Status};
use crate::url_state::StepParam;

/// The window that embeds this page, when there is one.
fn host_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let same = js_sys::Object::is(parent.as_ref(), window.as_ref());
    (!same).then_some(parent)
}

fn post(value: &Value) {
    let Some(host) = host_window() else {
        return;
    };
    if let Ok(message) = js_sys::JSON::parse(&value.to_string()) {
        // A host that went away (or refuses) is not the lab's problem.
        let _ = host.post_message(&message, "*");
    }
}

/// The text of a message's data: a string as it is, anything else as JSON.
fn message_text(data: &JsValue) -> Option<String> {
    if let Some(text) = data.as_string() {
        return Some(text);
    }
    if !data.is_object() {
        return None;
    }
    js_sys::JSON::stringify(data).ok()?.as_string()
}

fn action_for(command: &Command) -> Option<Action> {
    Some(match command {
        Command::Step => Action::Step,
        Command::Back => Action::Back,
        Command::Play => Action::Play,
        Command::Pause => Action::Pause,
        Command::Restart => Action::Restart,
        Command::End | Command::Seek(StepParam::End) => Action::ToEnd,
        Command::Seek(StepParam::At(step)) => Action::Seek(*step),
        Command::Load(_) | Command::Status => return None,
    })
}

/// Answers a host's commands and tells it about every step. `on_load` loads a preset of the
/// lab by id and says whether there was one.
#[hook]
pub fn use_remote(
    status: Status,
    dispatcher: UseReducerDispatcher<Playback>,
    on_load: Callback<String, bool>,
) {
    let current: Rc<RefCell<Status>> = use_mut_ref(|| status.clone());
    *current.borrow_mut() = status.clone();
    let load: Rc<RefCell<Callback<String, bool>>> = use_mut_ref(|| on_load.clone());
    *load.borrow_mut() = on_load;

    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let listener = host_window().and_then(|_| web_sys::window()).map(|window| {
                EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let Some(host) = host_window() else {
                        return;
                    };
                    let from_host = event
                        .source()
                        .is_some_and(|source| js_sys::Object::is(&source, host.as_ref()));
                    if !from_host {
                        return;
                    }
                    let Some(text) = message_text(&event.data()) else {
                        return;
                    };
                    match remote::parse_message(&text) {
                        Ok(None) => {}
                        Err(why) => post(&remote::error_event(&why, &current.borrow())),
                        Ok(Some(Command::Status)) => {
                            post(&remote::event(EventKind::Status, &current.borrow()))
                        }
                        Ok(Some(Command::Load(id))) => {
                            let callback = load.borrow().clone();
                            if !callback.emit(id.clone()) {
                                let why = format!(
                                    "no preset \"{id}\" in the {} lab",
                                    current.borrow().lab.title()
                                );
                                post(&remote::error_event(&why, &current.borrow()));
                            }
                        }
                        Ok(Some(command)) => {
                            if let Some(action) = action_for(&command) {
                                dispatcher.dispatch(action);
                            }
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    let previous: Rc<RefCell<Option<Status>>> = use_mut_ref(|| None);
    use_effect_with(status, move |status| {
        let before = previous.borrow_mut().replace(status.clone());
        match before {
            None => post(&remote::event(EventKind::Ready, status)),
            Some(before) => {
                for kind in remote::events_for_change(&before, status) {
                    post(&remote::event(kind, status));
                }
            }
        }
    });
}
