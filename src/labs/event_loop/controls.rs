//! Playback controls (buttons named for screen readers and tests, a speed picker, the step
//! counter) and the keyboard help overlay.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::playback::Action;
use crate::url_state::SPEEDS;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub position: usize,
    pub len: usize,
    pub playing: bool,
    pub speed: u32,
    /// Simulated time at the current step, already formatted.
    pub clock: AttrValue,
    pub on_action: Callback<Action>,
    pub on_help: Callback<()>,
}

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={path} /></svg>
    }
}

const ICON_RESTART: &str = "M5 4h3v16H5zM20 4v16L9 12z";
const ICON_BACK: &str = "M18 4v16L6 12z";
const ICON_PLAY: &str = "M7 4v16l13-8z";
const ICON_PAUSE: &str = "M6 4h4v16H6zM14 4h4v16h-4z";
const ICON_STEP: &str = "M6 4v16l12-8z";
const ICON_END: &str = "M4 4v16l11-8zM16 4h3v16h-3z";

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let action = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_speed = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(speed) = select.value().parse::<u32>() {
                on_action.emit(Action::SetSpeed(speed));
            }
        })
    };
    let on_help = {
        let on_help = props.on_help.clone();
        Callback::from(move |_: MouseEvent| on_help.emit(()))
    };
    let at_start = props.position == 0;
    let at_end = props.position >= props.len;
    html! {
        <div class="controls" role="toolbar" aria-label="Playback">
            <button type="button" class="ctl" aria-label="Restart" title="Restart (Home)" onclick={action(Action::Restart)} disabled={at_start}>
                { icon(ICON_RESTART) }<span class="ctl-text">{"Restart"}</span>
            </button>
            <button type="button" class="ctl" aria-label="Step back" title="Step back (←)" onclick={action(Action::Back)} disabled={at_start}>
                { icon(ICON_BACK) }<span class="ctl-text">{"Back"}</span>
            </button>
            <button type="button" class="ctl ctl-play" aria-label={if props.playing { "Pause" } else { "Play" }} title="Play or pause (Space)" onclick={action(Action::Toggle)} disabled={props.len == 0}>
                { icon(if props.playing { ICON_PAUSE } else { ICON_PLAY }) }<span class="ctl-text">{ if props.playing { "Pause" } else { "Play" } }</span>
            </button>
            <button type="button" class="ctl" aria-label="Step forward" title="Step forward (→)" onclick={action(Action::Step)} disabled={at_end}>
                { icon(ICON_STEP) }<span class="ctl-text">{"Step"}</span>
            </button>
            <button type="button" class="ctl" aria-label="Last step" title="Last step (End)" onclick={action(Action::ToEnd)} disabled={at_end}>
                { icon(ICON_END) }<span class="ctl-text">{"End"}</span>
            </button>
            <label class="speed">
                <span class="speed-label">{"Speed"}</span>
                <select aria-label="Speed" title="Speed (+ / -)" onchange={on_speed}>
                    { for SPEEDS.iter().map(|&speed| html! {
                        <option value={speed.to_string()} selected={speed == props.speed}>{format!("{speed} steps/s")}</option>
                    }) }
                </select>
            </label>
            <span class="step-count" aria-live="off">
                <span class="step-number">{format!("step {} / {}", props.position, props.len)}</span>
                <span class="step-clock">{&props.clock}</span>
            </span>
            <button type="button" class="ctl ctl-help" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onclick={on_help}>{"?"}</button>
        </div>
    }
}

/// The keys, as the help overlay lists them.
pub const KEYS: [(&str, &str); 11] = [
    ("→", "Step forward"),
    ("←", "Step back"),
    ("Shift+→  Shift+←", "Next / previous callback"),
    ("Space", "Play / pause"),
    ("Home", "Restart"),
    ("End", "Last step"),
    ("+  −", "Faster / slower"),
    ("Ctrl+Enter", "Run the code (in the editor)"),
    ("T", "Next theme"),
    ("F", "Full screen"),
    ("?", "This help (Esc closes)"),
];

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

#[function_component(HelpOverlay)]
pub fn help_overlay(props: &HelpProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let on_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // A click on the dimmed backdrop (not inside the dialog) closes it. Yew delegates events
    // to the root, so the backdrop is recognised through its ref, not `current_target`.
    let backdrop_ref = use_node_ref();
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let backdrop_ref = backdrop_ref.clone();
        Callback::from(move |event: MouseEvent| {
            let backdrop = backdrop_ref.get();
            let target = event.target().map(wasm_bindgen::JsValue::from);
            if backdrop.is_some() && target == backdrop.map(wasm_bindgen::JsValue::from) {
                on_close.emit(());
            }
        })
    };
    html! {
        <div class="overlay" ref={backdrop_ref} onclick={on_backdrop}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h3 id="help-title">{"Keyboard shortcuts"}</h3>
                <p class="dialog-note">{"Keys work anywhere except while typing in the editor."}</p>
                <dl class="keys">
                    { for KEYS.iter().map(|(key, what)| html! {
                        <>
                            <dt><kbd>{*key}</kbd></dt>
                            <dd>{*what}</dd>
                        </>
                    }) }
                </dl>
                <button type="button" class="ctl" ref={close_ref} onclick={on_close}>{"Close"}</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(position: usize, len: usize, playing: bool) -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<Controls>::with_props(move || ControlsProps {
                position,
                len,
                playing,
                speed: 8,
                clock: "clock 1 ms".into(),
                on_action: Callback::noop(),
                on_help: Callback::noop(),
            })
            .hydratable(false)
            .render(),
        )
    }

    #[test]
    fn every_control_has_its_accessible_name() {
        let html = render(3, 10, false);
        for name in [
            "Restart",
            "Step back",
            "Play",
            "Step forward",
            "Last step",
            "Speed",
        ] {
            assert!(
                html.contains(&format!("aria-label=\"{name}\"")),
                "{name}: {html}"
            );
        }
        assert!(html.contains("step 3 / 10"));
        assert!(html.contains("<option value=\"8\" selected"));
        assert!(render(3, 10, true).contains("aria-label=\"Pause\""));
    }

    #[test]
    fn the_ends_disable_what_cannot_move() {
        let at_start = render(0, 10, false);
        assert!(at_start.contains("aria-label=\"Step back\" title=\"Step back (←)\" disabled"));
        let at_end = render(10, 10, false);
        assert!(at_end.contains("aria-label=\"Last step\" title=\"Last step (End)\" disabled"));
    }
}
