//! The event-loop lab: a Node program, its simulated run, and every panel that shows where
//! each callback waits and why it runs when it does. Owns the editor text, the run that is
//! shown (the last one that started), and playback (one reducer, see `playback.rs`).

pub mod controls;
pub mod describe;
pub mod editor;
pub mod flip;
pub mod inspect;
pub mod panels;
pub mod timeline;

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use nodescope_engine::{EventKind, Phase, Race, Trace};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::playback::{Action, Playback};
use crate::presets::{self, Preset, PRESETS};
use crate::remote;
use crate::remote_web::use_remote;
use crate::simulate::{self, CompileError, RunOutcome};
use crate::url_state::{Lab, StepParam, UrlState, DEFAULT_SPEED};
use crate::web;

use controls::{Controls, HelpOverlay};
use describe::{format_ms, narration};
use editor::Editor;
use panels::{CallStack, ConsolePanel, LoopCycle, MicroQueues, PoolPanel, TimersPanel};
use timeline::{Timeline, TimelineData};

/// The part of the URL this lab owns, reported on every change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LabUrl {
    pub preset: Option<&'static str>,
    pub code: Option<String>,
    pub race: Option<Race>,
    pub step: Option<StepParam>,
    pub speed: Option<u32>,
}

#[derive(Properties, PartialEq)]
pub struct EventLoopProps {
    /// The link the lab was opened with; read once, when the lab mounts.
    pub initial: Rc<UrlState>,
    pub on_url: Callback<LabUrl>,
    /// Turns off movement while playing faster than this many steps per second.
    #[prop_or(16)]
    pub animate_up_to_speed: u32,
}

/// What the lab starts with, worked out once from the link.
struct Start {
    code: String,
    preset: Option<&'static Preset>,
    race: Race,
    outcome: Rc<RunOutcome>,
    error: Option<CompileError>,
    notice: Option<String>,
}

fn start_from(initial: &UrlState) -> Start {
    let mut notice = None;
    let named = initial.preset.as_deref().and_then(|id| {
        let found = presets::find(id);
        if found.is_none() {
            notice = Some(format!(
                "Ignored preset={id}: there is no such preset; showing “{}”.",
                presets::default_preset().title
            ));
        }
        found
    });
    let (code, preset) = match &initial.code {
        Some(code) => (code.clone(), presets::find_by_code(code).or(named)),
        None => {
            let preset = named.unwrap_or_else(presets::default_preset);
            (preset.code.to_string(), Some(preset))
        }
    };
    let race = initial.race.unwrap_or_default();
    let (outcome, error) = match simulate::simulate(&code, race) {
        Ok(outcome) => (Rc::new(outcome), None),
        Err(error) => (Rc::new(empty_outcome(&code, race)), Some(error)),
    };
    Start {
        code,
        preset,
        race,
        outcome,
        error,
        notice,
    }
}

/// Stands in for a run when the very first program does not compile.
fn empty_outcome(source: &str, race: Race) -> RunOutcome {
    RunOutcome {
        source: source.to_string(),
        race,
        trace: Rc::new(Trace::default()),
        stdout: String::new(),
        stderr: String::new(),
        exit_code: 0,
        error: None,
    }
}

fn initial_playback(trace: Rc<Trace>, initial: &UrlState) -> Playback {
    let mut playback = Playback::new(trace);
    playback = playback.reduce(Action::SetSpeed(initial.speed.unwrap_or(DEFAULT_SPEED)));
    playback = match initial.step {
        Some(StepParam::At(step)) => playback.reduce(Action::Seek(step)),
        Some(StepParam::End) => playback.reduce(Action::ToEnd),
        None => playback,
    };
    if initial.autoplay {
        playback = playback.reduce(Action::Play);
    }
    playback
}

/// The button that shows or hides the code panel's editor in an embed.
pub fn code_toggle(open: &UseStateHandle<bool>) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <button type="button" class="tool code-toggle" aria-expanded={if **open { "true" } else { "false" }} onclick={onclick}>
            { if **open { "Hide code" } else { "Show code" } }
        </button>
    }
}

/// The phase the loop is in, or the one it left last (looking back a few dozen steps), so
/// that the loop's cursor rests where the loop is between two phases.
fn loop_cursor(playback: &Playback) -> Option<Phase> {
    if let Some(phase) = playback.state.phase {
        return Some(phase);
    }
    if playback.state.in_main || playback.state.exit_code.is_some() {
        return None;
    }
    let events = &playback.trace.events[..playback.position];
    events
        .iter()
        .rev()
        .take(64)
        .find_map(|event| match event.kind {
            EventKind::PhaseEnter { phase } | EventKind::PhaseLeave { phase } => Some(phase),
            _ => None,
        })
}

fn show_panel(initial: &UrlState, id: &str) -> bool {
    initial
        .panels
        .as_ref()
        .is_none_or(|panels| panels.iter().any(|panel| panel == id))
}

#[function_component(EventLoopLab)]
pub fn event_loop_lab(props: &EventLoopProps) -> Html {
    let start = use_memo(props.initial.clone(), |initial| start_from(initial));
    let code = use_state(|| start.code.clone());
    let preset = use_state(|| start.preset);
    let race = use_state(|| start.race);
    let outcome = use_state(|| start.outcome.clone());
    let compile_error = use_state(|| start.error.clone());
    let notice = use_state(|| start.notice.clone());
    let running = use_state(|| false);
    let help_open = use_state(|| false);
    // A compact embed shows what happens first; its code waits behind a button.
    let code_open = use_state(|| !(props.initial.embed && web::is_small_viewport()));
    let playback = {
        let trace = start.outcome.trace.clone();
        let initial = props.initial.clone();
        use_reducer(move || initial_playback(trace, &initial))
    };
    let timeline_data = use_memo(outcome.trace.clone(), |trace| TimelineData::new(trace));
    let stage_ref = use_node_ref();

    inspect::publish(&playback);
    let playing_fast = playback.playing && playback.speed > props.animate_up_to_speed;
    flip::use_flip(stage_ref.clone(), playback.position, playing_fast);

    // Playing: one step per tick at the chosen speed.
    {
        let dispatcher = playback.dispatcher();
        use_effect_with(
            (playback.playing, playback.speed),
            move |&(playing, speed)| {
                let interval = playing.then(|| {
                    gloo_timers::callback::Interval::new(1000 / speed.max(1), move || {
                        dispatcher.dispatch(Action::Tick)
                    })
                });
                move || drop(interval)
            },
        );
    }

    // Report the URL-relevant state after every change.
    {
        let on_url = props.on_url.clone();
        let preset_code_matches = preset.is_some_and(|preset| preset.code == *code);
        let deps = (
            playback.position,
            playback.len(),
            playback.speed,
            (*code).clone(),
            preset.map(|preset| preset.id),
            *race,
            preset_code_matches,
        );
        use_effect_with(
            deps,
            move |(position, len, speed, code, preset_id, race, matches)| {
                let step = if *position == 0 {
                    None
                } else if position >= len {
                    Some(StepParam::End)
                } else {
                    Some(StepParam::At(*position))
                };
                on_url.emit(LabUrl {
                    preset: if *matches { *preset_id } else { None },
                    code: if *matches { None } else { Some(code.clone()) },
                    race: (*race != Race::default()).then_some(*race),
                    step,
                    speed: (*speed != DEFAULT_SPEED).then_some(*speed),
                });
            },
        );
    }

    // Runs a program; a program that never started leaves the last good run on screen.
    let run = {
        let outcome = outcome.clone();
        let compile_error = compile_error.clone();
        let running = running.clone();
        let dispatcher = playback.dispatcher();
        Callback::from(move |(source, race): (String, Race)| {
            running.set(true);
            let outcome = outcome.clone();
            let compile_error = compile_error.clone();
            let running = running.clone();
            let dispatcher = dispatcher.clone();
            // Let the "Running…" state paint before the simulation takes the thread.
            gloo_timers::callback::Timeout::new(16, move || {
                match simulate::simulate(&source, race) {
                    Ok(result) => {
                        dispatcher.dispatch(Action::Load(result.trace.clone()));
                        outcome.set(Rc::new(result));
                        compile_error.set(None);
                    }
                    Err(error) => compile_error.set(Some(error)),
                }
                running.set(false);
            })
            .forget();
        })
    };

    let on_run_click = {
        let run = run.clone();
        let code = code.clone();
        let race = race.clone();
        Callback::from(move |_: MouseEvent| run.emit(((*code).clone(), *race)))
    };
    let on_editor_run = {
        let run = run.clone();
        let code = code.clone();
        let race = race.clone();
        Callback::from(move |()| run.emit(((*code).clone(), *race)))
    };
    let on_input = {
        let code = code.clone();
        Callback::from(move |text: String| code.set(text))
    };
    let on_preset = {
        let code = code.clone();
        let preset = preset.clone();
        let race = race.clone();
        let run = run.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = presets::find(&select.value()) {
                preset.set(Some(chosen));
                code.set(chosen.code.to_string());
                race.set(Race::default());
                run.emit((chosen.code.to_string(), Race::default()));
            }
        })
    };
    let on_race = {
        let race = race.clone();
        let run = run.clone();
        let code = code.clone();
        move |chosen: Race| {
            let race = race.clone();
            let run = run.clone();
            let code = code.clone();
            Callback::from(move |_: Event| {
                race.set(chosen);
                run.emit(((*code).clone(), chosen));
            })
        }
    };
    // A host page (reveal.js slides) drives the lab with postMessage commands.
    {
        let on_load = {
            let code = code.clone();
            let preset = preset.clone();
            let race = race.clone();
            let run = run.clone();
            Callback::from(move |id: String| match presets::find(&id) {
                Some(chosen) => {
                    preset.set(Some(chosen));
                    code.set(chosen.code.to_string());
                    race.set(Race::default());
                    run.emit((chosen.code.to_string(), Race::default()));
                    true
                }
                None => false,
            })
        };
        let status = remote::Status {
            lab: Lab::EventLoop,
            // The run on screen, not the editor: a loaded preset counts once its run shows.
            preset: presets::find_by_code(&outcome.source).map(|preset| preset.id.to_string()),
            step: playback.position,
            total: playback.len(),
            playing: playback.playing,
            speed: playback.speed,
        };
        use_remote(status, playback.dispatcher(), on_load);
    }
    let on_action = {
        let dispatcher = playback.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let on_seek = {
        let dispatcher = playback.dispatcher();
        Callback::from(move |step: usize| dispatcher.dispatch(Action::Seek(step)))
    };
    let on_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(!*help_open))
    };
    let on_help_close = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let dismiss_notice = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(None))
    };

    // Keys: never while typing in the editor or a field.
    {
        let dispatcher = playback.dispatcher();
        let help_open = help_open.clone();
        let is_open = *help_open;
        use_effect_with(is_open, move |&is_open| {
            let listener = web_sys::window().map(|window| {
                EventListener::new_with_options(
                    &window,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if event.ctrl_key()
                            || event.meta_key()
                            || event.alt_key()
                            || event.default_prevented()
                        {
                            return;
                        }
                        if is_open {
                            if event.key() == "Escape" || event.key() == "?" {
                                event.prevent_default();
                                help_open.set(false);
                            }
                            return;
                        }
                        if web::is_typing_target(event) {
                            return;
                        }
                        let on_range = event
                            .target()
                            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                            .is_some();
                        let shift = event.shift_key();
                        let action = match event.key().as_str() {
                            "ArrowRight" if !on_range && shift => Some(Action::NextCallback),
                            "ArrowLeft" if !on_range && shift => Some(Action::PreviousCallback),
                            "ArrowRight" if !on_range => Some(Action::Step),
                            "ArrowLeft" if !on_range => Some(Action::Back),
                            " " | "Spacebar" => Some(Action::Toggle),
                            "Home" if !on_range => Some(Action::Restart),
                            "End" if !on_range => Some(Action::ToEnd),
                            "+" | "=" => Some(Action::Faster),
                            "-" | "_" => Some(Action::Slower),
                            "?" => {
                                event.prevent_default();
                                help_open.set(true);
                                None
                            }
                            _ => None,
                        };
                        if let Some(action) = action {
                            event.prevent_default();
                            dispatcher.dispatch(action);
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    let state = playback.state.clone();
    let stale = *code != outcome.source || *race != outcome.race;
    let current_event = playback.current_event();
    let narration_text = match current_event {
        Some(event) => narration(event),
        None if playback.is_empty() => "Nothing to show yet: run a program.".to_string(),
        None => format!(
            "Ready: {} steps simulated. Press Step forward (→) or Play (Space) to begin.",
            playback.len()
        ),
    };
    let running_line = if stale {
        None
    } else {
        state.stack.last().and_then(|frame| frame.line)
    };
    let queued_line = match current_event.map(|event| &event.kind) {
        Some(EventKind::Enqueue { line, .. }) if !stale => *line,
        _ => None,
    };
    let loop_cursor = loop_cursor(&playback);
    let lateness: Vec<timeline::Lateness> = timeline_data
        .lateness
        .iter()
        .filter(|late| late.step < playback.position)
        .cloned()
        .collect();
    let selected_preset = preset.filter(|preset| preset.code == *code);
    let explanation = match selected_preset {
        Some(preset) => preset.explanation.to_string(),
        None => "Your own program: edit it, then press Run (Ctrl+Enter) to simulate it on Node v20's event loop.".to_string(),
    };
    let initial = &props.initial;
    // The race toggle matters only to programs with both a timer and an immediate.
    let racy =
        code.contains("setTimeout") && code.contains("setImmediate") || *race != Race::default();
    let race_radio = |value: Race, label: &str| {
        html! {
            <label class="race-option">
                <input type="radio" name="race" checked={*race == value} onchange={on_race(value)} />
                {label}
            </label>
        }
    };

    html! {
        <div class="lab lab-event-loop">
            <div class="lab-head">
                <h2>{"Event loop"}</h2>
                <label class="preset-pick">
                    <span class="pick-label">{"Preset"}</span>
                    <select aria-label="Preset" onchange={on_preset}>
                        if selected_preset.is_none() {
                            <option value="" selected=true>{"Your code"}</option>
                        }
                        { for PRESETS.iter().enumerate().map(|(index, option)| html! {
                            <option value={option.id} selected={selected_preset.is_some_and(|chosen| chosen.id == option.id)}>{format!("{}. {}", index + 1, option.title)}</option>
                        }) }
                    </select>
                </label>
                if racy {
                <div class="race" role="radiogroup" aria-labelledby="race-label" title="In the main module, whether a 0 ms timer or an immediate runs first depends on whether 1 ms passed before the loop started. Real Node can do either.">
                    <span class="race-label" id="race-label">{"Race, setTimeout 0 vs setImmediate:"}</span>
                    { race_radio(Race::TimeoutFirst, "timeout first") }
                    { race_radio(Race::ImmediateFirst, "immediate first") }
                </div>
                }
            </div>
            if initial.embed {
                <details class="lab-explain">
                    <summary>{ selected_preset.map_or("Your own program", |preset| preset.title) }</summary>
                    {explanation}
                </details>
            } else {
                <p class="lab-explain">{explanation}</p>
            }
            if let Some(text) = &*notice {
                <div class="notice" role="status">
                    <span>{text}</span>
                    <button type="button" class="notice-close" aria-label="Dismiss notice" onclick={dismiss_notice}>{"×"}</button>
                </div>
            }
            if let Some(error) = &*compile_error {
                <div class="run-error" role="alert">
                    <strong>{"The program did not start. "}</strong>
                    {&error.message}
                    { match (error.line, error.column) {
                        _ if error.message.contains("line ") => String::new(),
                        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
                        (Some(line), None) => format!(" (line {line})"),
                        _ => String::new(),
                    } }
                    <span class="run-error-keep">{ if outcome.trace.events.is_empty() { " Fix it and press Run." } else { " The last good run is still shown." } }</span>
                </div>
            }
            if let Some(message) = outcome.error.as_ref().filter(|_| compile_error.is_none()) {
                <div class="run-stopped" role="alert">
                    <strong>{ if outcome.exit_code != 0 { format!("The process ended with exit code {}: ", outcome.exit_code) } else { "The run reported an error: ".to_string() } }</strong>
                    {message}
                </div>
            }
            <Controls
                position={playback.position}
                len={playback.len()}
                playing={playback.playing}
                speed={playback.speed}
                clock={AttrValue::from(format!("clock {}", format_ms(state.t)))}
                on_action={on_action}
                on_help={on_help}
            />
            if show_panel(initial, "narration") {
                <p class="narration" role="status" aria-live="polite">{narration_text}</p>
            }
            <div class="stage" ref={stage_ref}>
                if show_panel(initial, "code") || show_panel(initial, "console") {
                    <div class="col col-code">
                        if show_panel(initial, "code") {
                            <section class="panel panel-code" aria-labelledby="code-title">
                                <div class="panel-head">
                                    <h3 id="code-title">{"Code"}<small>{ if stale { " edited: not run yet" } else { " ▶ running line, + queued here" } }</small></h3>
                                    if initial.embed {
                                        { code_toggle(&code_open) }
                                    }
                                    if *code_open {
                                    <button type="button" class={classes!("run", stale.then_some("run-stale"))} onclick={on_run_click} disabled={*running} title="Run (Ctrl+Enter)">
                                        { if *running { "Running…" } else { "Run" } }
                                    </button>
                                    }
                                </div>
                                if *code_open {
                                <Editor
                                    code={AttrValue::from((*code).clone())}
                                    on_input={on_input}
                                    on_run={on_editor_run}
                                    running_line={running_line}
                                    queued_line={queued_line}
                                    error_line={compile_error.as_ref().and_then(|error| error.line)}
                                />
                                }
                            </section>
                        }
                        if show_panel(initial, "console") {
                            <ConsolePanel state={state.clone()} />
                        }
                    </div>
                }
                if show_panel(initial, "stack") || show_panel(initial, "queues") || show_panel(initial, "timers") {
                    <div class="col col-js">
                        if show_panel(initial, "stack") { <CallStack state={state.clone()} /> }
                        if show_panel(initial, "queues") { <MicroQueues state={state.clone()} /> }
                        if show_panel(initial, "timers") { <TimersPanel state={state.clone()} lateness={lateness} /> }
                    </div>
                }
                if show_panel(initial, "loop") || show_panel(initial, "pool") {
                    <div class="col col-loop">
                        if show_panel(initial, "loop") { <LoopCycle state={state.clone()} cursor={loop_cursor} /> }
                        if show_panel(initial, "pool") { <PoolPanel state={state.clone()} /> }
                    </div>
                }
            </div>
            if show_panel(initial, "timeline") {
                <Timeline data={timeline_data.clone()} position={playback.position} on_seek={on_seek} />
            }
            if *help_open {
                <HelpOverlay on_close={on_help_close} />
            }
        </div>
    }
}
