//! The streams lab: a Node server program (one of six scenarios, generated from the sliders, or
//! the reader's own), its simulated run, and the views of its streams: buffers as gauges
//! against their highWaterMark, chunks moving, `write()` → false and 'drain' where they happen,
//! memory over simulated time and each stage's throughput. Everything drawn comes from the
//! engine's trace (`stream.*`, `net.*`, `memory.change` events), read by `model.rs`.

pub mod chart;
pub mod describe;
pub mod inspect;
pub mod model;
pub mod scenarios;
pub mod stage;

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use nodescope_engine::{Race, Trace};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::labs::event_loop::code_toggle;
use crate::labs::event_loop::controls::{Controls, HelpOverlay};
use crate::labs::event_loop::editor::Editor;
use crate::playback::{Action, Playback};
use crate::remote;
use crate::remote_web::use_remote;
use crate::simulate::{self, CompileError};
use crate::url_state::{Lab, StepParam, UrlState, DEFAULT_SPEED};
use crate::web;

use chart::MemoryChart;
use model::{format_bytes, format_rate, format_time, StreamsTrace};
use scenarios::{Knobs, Scenario, FILE_PATH, KNOBS, SCENARIOS};
use stage::PipelineStage;

/// The part of the URL this lab owns, reported on every change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StreamsUrl {
    pub preset: Option<&'static str>,
    pub code: Option<String>,
    pub knobs: Option<String>,
    pub step: Option<StepParam>,
    pub speed: Option<u32>,
}

#[derive(Properties, PartialEq)]
pub struct StreamsProps {
    /// The link the lab was opened with; read once, when the lab mounts.
    pub initial: Rc<UrlState>,
    pub on_url: Callback<StreamsUrl>,
    /// Turns off movement while playing faster than this many steps per second.
    #[prop_or(16)]
    pub animate_up_to_speed: u32,
}

/// A finished simulation, read for the lab.
#[derive(Clone, PartialEq)]
struct Run {
    source: String,
    knobs: Knobs,
    trace: Rc<Trace>,
    model: Rc<StreamsTrace>,
    /// The trace's step events only: what playback walks through.
    steps: Rc<Trace>,
    stdout: String,
    stderr: String,
    exit_code: i32,
    error: Option<String>,
}

fn simulate(source: &str, knobs: Knobs) -> Result<Run, CompileError> {
    let result = nodescope_engine::run(source, &scenarios::options(knobs));
    let outcome = simulate::classify(source, Race::default(), result)?;
    let trace = outcome.trace.clone();
    let model = StreamsTrace::new(&trace);
    let steps = Trace {
        events: model
            .steps
            .iter()
            .map(|&index| trace.events[index].clone())
            .collect(),
        ..Trace::default()
    };
    Ok(Run {
        source: source.to_string(),
        knobs,
        trace,
        model: Rc::new(model),
        steps: Rc::new(steps),
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        exit_code: outcome.exit_code,
        error: outcome.error,
    })
}

fn empty_run(source: &str, knobs: Knobs) -> Run {
    let trace = Rc::new(Trace::default());
    Run {
        source: source.to_string(),
        knobs,
        model: Rc::new(StreamsTrace::new(&trace)),
        steps: trace.clone(),
        trace,
        stdout: String::new(),
        stderr: String::new(),
        exit_code: 0,
        error: None,
    }
}

/// What the lab starts with, worked out once from the link.
struct Start {
    base: &'static Scenario,
    knobs: Knobs,
    code: String,
    run: Rc<Run>,
    error: Option<CompileError>,
    notices: Vec<String>,
}

fn start_from(initial: &UrlState) -> Start {
    let mut notices = Vec::new();
    let named = initial.preset.as_deref().and_then(|id| {
        let found = scenarios::find(id);
        if found.is_none() {
            notices.push(format!(
                "Ignored preset={id}: there is no such scenario; showing “{}”.",
                scenarios::default_scenario().title
            ));
        }
        found
    });
    let base = named.unwrap_or_else(scenarios::default_scenario);
    let (knobs, problems) = match &initial.knobs {
        Some(param) => Knobs::from_param(param, Knobs::defaults_for(base)),
        None => (Knobs::defaults_for(base), Vec::new()),
    };
    notices.extend(problems);
    let (code, base) = match &initial.code {
        Some(code) => (
            code.clone(),
            SCENARIOS
                .iter()
                .find(|scenario| scenario.matches(code, knobs))
                .unwrap_or(base),
        ),
        None => (base.code(knobs), base),
    };
    let (run, error) = match simulate(&code, knobs) {
        Ok(run) => (Rc::new(run), None),
        Err(error) => (Rc::new(empty_run(&code, knobs)), Some(error)),
    };
    Start {
        base,
        knobs,
        code,
        run,
        error,
        notices,
    }
}

fn initial_playback(steps: Rc<Trace>, initial: &UrlState) -> Playback {
    let mut playback = Playback::new(steps);
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

#[function_component(StreamsLab)]
pub fn streams_lab(props: &StreamsProps) -> Html {
    let start = use_memo(props.initial.clone(), |initial| start_from(initial));
    let base = use_state(|| start.base);
    let knobs = use_state(|| start.knobs);
    // What the sliders show while one is being dragged, before it is let go.
    let dragging = use_state(|| None::<Knobs>);
    let code = use_state(|| start.code.clone());
    let run_state = use_state(|| start.run.clone());
    let compile_error = use_state(|| start.error.clone());
    let notices = use_state(|| start.notices.clone());
    let running = use_state(|| false);
    let help_open = use_state(|| false);
    // A compact embed shows what happens first; its code waits behind a button.
    let code_open = use_state(|| !(props.initial.embed && web::is_small_viewport()));
    let playback = {
        let steps = start.run.steps.clone();
        let initial = props.initial.clone();
        use_reducer(move || initial_playback(steps, &initial))
    };
    let reduced_motion = use_memo((), |_| web::prefers_reduced_motion());

    let run = (*run_state).clone();
    inspect::publish(run.trace.clone(), run.model.clone(), playback.position);

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

    let edited = !base.matches(&code, *knobs);

    // Report the URL-relevant state after every change.
    {
        let on_url = props.on_url.clone();
        let deps = (
            playback.position,
            playback.len(),
            playback.speed,
            (*code).clone(),
            base.id,
            *knobs,
            edited,
        );
        use_effect_with(
            deps,
            move |(position, len, speed, code, base_id, knobs, edited)| {
                let step = if *position == 0 {
                    None
                } else if position >= len {
                    Some(StepParam::End)
                } else {
                    Some(StepParam::At(*position))
                };
                let base = scenarios::find(base_id).unwrap_or_else(scenarios::default_scenario);
                on_url.emit(StreamsUrl {
                    preset: (!*edited).then_some(*base_id),
                    code: edited.then(|| code.clone()),
                    knobs: knobs.to_param(Knobs::defaults_for(base)),
                    step,
                    speed: (*speed != DEFAULT_SPEED).then_some(*speed),
                });
            },
        );
    }

    // Runs a program; one that never started leaves the last good run on screen.
    let simulate_now = {
        let run_state = run_state.clone();
        let compile_error = compile_error.clone();
        let running = running.clone();
        let dispatcher = playback.dispatcher();
        Callback::from(move |(source, knobs): (String, Knobs)| {
            running.set(true);
            let run_state = run_state.clone();
            let compile_error = compile_error.clone();
            let running = running.clone();
            let dispatcher = dispatcher.clone();
            // Let the "Running…" state paint before the simulation takes the thread.
            gloo_timers::callback::Timeout::new(16, move || {
                match simulate(&source, knobs) {
                    Ok(result) => {
                        dispatcher.dispatch(Action::Load(result.steps.clone()));
                        run_state.set(Rc::new(result));
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
        let simulate_now = simulate_now.clone();
        let code = code.clone();
        let knobs = knobs.clone();
        Callback::from(move |_: MouseEvent| simulate_now.emit(((*code).clone(), *knobs)))
    };
    let on_editor_run = {
        let simulate_now = simulate_now.clone();
        let code = code.clone();
        let knobs = knobs.clone();
        Callback::from(move |()| simulate_now.emit(((*code).clone(), *knobs)))
    };
    let on_input = {
        let code = code.clone();
        Callback::from(move |text: String| code.set(text))
    };
    let on_scenario = {
        let code = code.clone();
        let base = base.clone();
        let knobs = knobs.clone();
        let simulate_now = simulate_now.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = scenarios::find(&select.value()) {
                let next = Knobs {
                    hangup_pct: chosen.hangup_pct,
                    ..*knobs
                };
                base.set(chosen);
                knobs.set(next);
                code.set(chosen.code(next));
                simulate_now.emit((chosen.code(next), next));
            }
        })
    };
    // A host page (reveal.js slides) drives the lab with postMessage commands.
    {
        let on_load = {
            let code = code.clone();
            let base = base.clone();
            let knobs = knobs.clone();
            let simulate_now = simulate_now.clone();
            Callback::from(move |id: String| match scenarios::find(&id) {
                Some(chosen) => {
                    let next = Knobs {
                        hangup_pct: chosen.hangup_pct,
                        ..*knobs
                    };
                    base.set(chosen);
                    knobs.set(next);
                    code.set(chosen.code(next));
                    simulate_now.emit((chosen.code(next), next));
                    true
                }
                None => false,
            })
        };
        let status = remote::Status {
            lab: Lab::Streams,
            // The run on screen, not the editor: a loaded scenario counts once its run shows.
            preset: SCENARIOS
                .iter()
                .find(|scenario| scenario.matches(&run.source, run.knobs))
                .map(|scenario| scenario.id.to_string()),
            step: playback.position,
            total: playback.len(),
            playing: playback.playing,
            speed: playback.speed,
        };
        use_remote(status, playback.dispatcher(), on_load);
    }
    // A slider: its label follows while dragging; letting go regenerates the code (when it is a
    // scenario's) and re-simulates.
    let on_knob = |index: usize, commit: bool| {
        let knobs = knobs.clone();
        let dragging = dragging.clone();
        let code = code.clone();
        let base = base.clone();
        let simulate_now = simulate_now.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let knob = &KNOBS[index];
            let Some(&value) = input
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| knob.choices.get(i))
            else {
                return;
            };
            let mut next = dragging.unwrap_or(*knobs);
            (knob.set)(&mut next, value);
            if !commit {
                dragging.set(Some(next));
                return;
            }
            dragging.set(None);
            if next == *knobs {
                return;
            }
            let source = if base.matches(&code, *knobs) {
                base.code(next)
            } else {
                (*code).clone()
            };
            knobs.set(next);
            code.set(source.clone());
            simulate_now.emit((source, next));
        })
    };
    let on_action = {
        let dispatcher = playback.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let on_scrub = {
        let dispatcher = playback.dispatcher();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(step) = input.value().parse::<usize>() {
                dispatcher.dispatch(Action::Seek(step));
            }
        })
    };
    let on_seek_time = {
        let dispatcher = playback.dispatcher();
        let run = run.clone();
        Callback::from(move |t: u64| {
            dispatcher.dispatch(Action::Seek(run.model.step_at_time(&run.trace, t)))
        })
    };
    let on_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(!*help_open))
    };
    let on_help_close = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let dismiss_notices = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| notices.set(Vec::new()))
    };

    // Keys: never while typing in the editor or a field, and arrows stay with a focused slider.
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
                            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
                            .is_some();
                        let action = match event.key().as_str() {
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

    let state = Rc::new(run.model.state_after(&run.trace, playback.position));
    let stale = *code != run.source || *knobs != run.knobs;
    let current = run.model.event_of(&run.trace, playback.position);
    let narration_text = match current {
        Some(event) => describe::narration(event),
        None if run.model.is_empty() => "Nothing to show yet: run a program.".to_string(),
        None => format!(
            "Ready: {} steps simulated. Press Step forward (→) or Play (Space) to begin.",
            run.model.len()
        ),
    };
    let shown_knobs = dragging.unwrap_or(*knobs);
    let playing_fast = playback.playing && playback.speed > props.animate_up_to_speed;
    let still = playing_fast || *reduced_motion;
    let explanation = if edited {
        "Your own program: edit it, then press Run (Ctrl+Enter). The sliders set the modelled world it runs in; serve /data/big.log to see its streams."
    } else {
        base.explanation
    };
    let file_name = FILE_PATH.rsplit('/').next().unwrap_or(FILE_PATH);
    let embed = props.initial.embed;

    html! {
        <div class="lab lab-streams">
            <div class="lab-head">
                <h2>{"Streams"}</h2>
                <label class="preset-pick">
                    <span class="pick-label">{"Scenario"}</span>
                    <select aria-label="Scenario" onchange={on_scenario}>
                        if edited {
                            <option value="" selected=true>{"Your code"}</option>
                        }
                        { for SCENARIOS.iter().enumerate().map(|(index, scenario)| html! {
                            <option value={scenario.id} selected={!edited && scenario.id == base.id}>{format!("{}. {}", index + 1, scenario.title)}</option>
                        }) }
                    </select>
                </label>
                <span class="badge" title="Disk, network, gzip and memory figures are modelled, not measured">{"modelled world"}</span>
            </div>
            if embed {
                <details class="lab-explain"><summary>{ if edited { "Your own program" } else { base.title } }</summary>{explanation}</details>
            } else {
                <p class="lab-explain">{explanation}</p>
            }
            if !notices.is_empty() {
                <div class="notice" role="status">
                    <ul>{ for notices.iter().map(|notice| html! { <li>{notice}</li> }) }</ul>
                    <button type="button" class="notice-close" aria-label="Dismiss notice" onclick={dismiss_notices}>{"×"}</button>
                </div>
            }
            <fieldset class="knobs" aria-label="The modelled world">
                { for KNOBS.iter().enumerate().map(|(index, knob)| {
                    let value = (knob.get)(&shown_knobs);
                    let position = knob.choices.iter().position(|&choice| choice == value).unwrap_or(0);
                    let used = edited || base.uses.contains(&knob.key) || knob.key == "hangup";
                    html! {
                        <label class={classes!("knob", (!used).then_some("knob-unused"))} title={if used { "" } else { "This scenario does not use this one" }}>
                            <span class="knob-label">{knob.label}</span>
                            <input type="range" min="0" max={(knob.choices.len() - 1).to_string()} step="1"
                                   value={position.to_string()} aria-label={knob.label}
                                   aria-valuetext={(knob.show)(value)} data-knob={knob.key}
                                   disabled={*running}
                                   oninput={let cb = on_knob(index, false); Callback::from(move |e: InputEvent| cb.emit(e.into()))}
                                   onchange={on_knob(index, true)} />
                            <output class="knob-value">{(knob.show)(value)}</output>
                        </label>
                    }
                }) }
            </fieldset>
            if let Some(error) = &*compile_error {
                <div class="run-error" role="alert">
                    <strong>{"The program did not start. "}</strong>
                    {&error.message}
                    { match (error.line, error.column) {
                        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
                        (Some(line), None) => format!(" (line {line})"),
                        _ => String::new(),
                    } }
                    <span class="run-error-keep">{ if run.trace.events.is_empty() { " Fix it and press Run." } else { " The last good run is still shown." } }</span>
                </div>
            }
            if let Some(message) = run.error.as_ref().filter(|_| compile_error.is_none()) {
                <div class="run-stopped" role="alert">
                    <strong>{ if run.exit_code != 0 { format!("The process ended with exit code {}: ", run.exit_code) } else { "The run reported an error: ".to_string() } }</strong>
                    {message}
                </div>
            }
            <Controls
                position={playback.position}
                len={playback.len()}
                playing={playback.playing}
                speed={playback.speed}
                clock={AttrValue::from(format!("clock {}", format_time(state.t.saturating_sub(run.model.t_start))))}
                on_action={on_action}
                on_help={on_help}
            />
            <input class="scrubber" type="range" min="0" max={playback.len().to_string()} value={playback.position.to_string()}
                   aria-label="Step" oninput={on_scrub} />
            <p class="narration" role="status" aria-live="polite">{narration_text}</p>
            <div class="streams-stage">
                <div class="streams-left">
                <section class="panel panel-code" aria-labelledby="streams-code-title">
                    <div class="panel-head">
                        <h3 id="streams-code-title">{"Code"}<small>{ if stale { " edited: not run yet" } else { " real Node code" } }</small></h3>
                        if embed {
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
                        running_line={None::<u32>}
                        queued_line={None::<u32>}
                        error_line={compile_error.as_ref().and_then(|error| error.line)}
                    />
                    }
                    <p class="modelled">{scenarios::modelled_world(*knobs, (!edited).then_some(*base))}</p>
                </section>
                    <MemoryChart model={run.model.clone()} t={state.t} memory={state.memory} peak={state.memory_peak} on_seek_time={on_seek_time} />
                </div>
                <div class="streams-views">
                    <section class="panel panel-pipes" aria-labelledby="pipes-title">
                        <h3 id="pipes-title">{"Streams"}<small>{" buffers against their highWaterMark"}</small></h3>
                        <PipelineStage model={run.model.clone()} state={state.clone()} position={playback.position}
                                       file_bytes={run.knobs.file_bytes()} file_name={AttrValue::from(file_name)} still={still} />
                    </section>
                    <div class="streams-lower">
                        { throughput_panel(&run, &state) }
                        { console_panel(&state) }
                    </div>
                </div>
            </div>
            if *help_open {
                <HelpOverlay on_close={on_help_close} />
            }
        </div>
    }
}

fn throughput_panel(run: &Run, state: &model::StreamsState) -> Html {
    html! {
        <section class="panel panel-throughput" aria-labelledby="throughput-title">
            <h3 id="throughput-title">{"Throughput"}<small>{" bytes passed on, per simulated second"}</small></h3>
            if run.model.streams.is_empty() {
                <p class="lane-empty">{"No stream moved data."}</p>
            } else {
                <table class="throughput">
                    <thead><tr><th scope="col">{"stage"}</th><th scope="col">{"passed on"}</th><th scope="col">{"now"}</th><th scope="col">{"average"}</th></tr></thead>
                    <tbody>
                        { for run.model.streams.iter().map(|info| {
                            let stream = state.streams.get(&info.id).cloned().unwrap_or_default();
                            let passed = match info.role {
                                model::Role::Sink => stream.bytes_in.saturating_sub(stream.writable_length),
                                _ => stream.bytes_out,
                            };
                            let (now, overall) = run.model.throughput(info.id, state.t);
                            html! {
                                <tr data-stream-id={info.id.to_string()}>
                                    <th scope="row">{&info.name}</th>
                                    <td>{format_bytes(passed)}</td>
                                    <td>{format_rate(now)}</td>
                                    <td>{format_rate(overall)}</td>
                                </tr>
                            }
                        }) }
                        { for state.clients.values().map(|client| html! {
                            <tr class="throughput-client">
                                <th scope="row">{ format!("client {} (network)", client.index) }</th>
                                <td>{format_bytes(client.received)}</td>
                                <td colspan="2">{ format!("link {}", format_rate(client.bandwidth)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

fn console_panel(state: &model::StreamsState) -> Html {
    let lines = |text: &str, class: &'static str| -> Vec<Html> {
        text.lines()
            .map(|line| html! { <li class={classes!("console-line", class)}><span class="console-text">{line.to_string()}</span></li> })
            .collect()
    };
    html! {
        <section class="panel panel-console" aria-labelledby="streams-console-title">
            <h3 id="streams-console-title">{"Console"}</h3>
            if state.stdout.is_empty() && state.stderr.is_empty() {
                <p class="lane-empty">{"Nothing printed yet."}</p>
            } else {
                <ol class="console" aria-label="Program output">
                    { for lines(&state.stdout, "stdout") }
                    { for lines(&state.stderr, "stderr") }
                </ol>
            }
            if let Some(code) = state.exit_code {
                <p class={classes!("exit-line", (code != 0).then_some("exit-bad"))}>{ format!("exit code {code}") }</p>
            }
        </section>
    }
}
