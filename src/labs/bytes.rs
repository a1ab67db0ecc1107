//! The bytes lab: text as characters over their bytes, a byte stream cut into chunks, and what
//! `chunk.toString()` and `StringDecoder` each make of the chunks. Every setup (text, cuts,
//! encoding) becomes a Node program (`setup::program`), shown on the page and run through the
//! engine; the lanes are that run's trace (`story.rs`), stepped through with the app's playback
//! reducer. Owns the setup, the run that is shown, playback, and what is highlighted.
//!
//! URL: `preset=`, or `text=` (the input, `\xNN` for raw bytes); `cuts=` (byte offsets,
//! comma-separated; empty for one chunk; absent for the preset's); `enc=`; `step=` (absent
//! means the last step: the lab opens with both lanes complete); `speed=`.

pub mod anatomy;
pub mod lanes;
pub mod panels;
pub mod setup;
pub mod story;
pub mod strip;

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use nodescope_engine::Race;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::labs::event_loop::controls::Controls;
use crate::playback::{Action, Playback};
use crate::remote;
use crate::remote_web::use_remote;
use crate::url_state::{Lab, StepParam, UrlState, DEFAULT_SPEED};
use crate::web;

use anatomy::{Role, Unit};
use setup::{Encoding, Preset, PRESETS};
use story::Story;

/// The part of the URL this lab owns, reported on every change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct BytesUrl {
    pub preset: Option<&'static str>,
    pub text: Option<String>,
    pub cuts: Option<Vec<usize>>,
    pub encoding: Option<&'static str>,
    pub step: Option<StepParam>,
    pub speed: Option<u32>,
}

#[derive(Properties, PartialEq)]
pub struct BytesProps {
    /// The link the lab was opened with; read once, when the lab mounts.
    pub initial: Rc<UrlState>,
    pub on_url: Callback<BytesUrl>,
}

/// What the learner set up.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub input: String,
    pub cuts: Vec<usize>,
    pub encoding: Encoding,
}

/// One run of a setup's program, and everything the views derive from it.
#[derive(Debug, PartialEq)]
pub struct Run {
    pub setup: Setup,
    pub bytes: Vec<u8>,
    /// Whether the input had more than `setup::MAX_BYTES` bytes.
    pub truncated: bool,
    pub units: Vec<Unit>,
    /// Ranges of unit indices that read as one character.
    pub graphemes: Vec<Range<usize>>,
    /// Each byte's role and unit.
    pub roles: Vec<(Role, usize)>,
    pub chunks: Vec<Range<usize>>,
    pub program: String,
    pub story: Story,
    pub exit_code: i32,
    pub stderr: String,
}

impl Run {
    pub fn new(setup: Setup) -> Run {
        let (bytes, truncated) = setup::bytes_of(&setup::parse_input(&setup.input));
        let cuts = setup::clean_cuts(&setup.cuts, bytes.len());
        let setup = Setup { cuts, ..setup };
        let program = setup::program(&setup.input, &setup.cuts, setup.encoding);
        let result =
            nodescope_engine::run(&program, &crate::simulate::app_options(Race::default()));
        let story = Story::read(&result.trace, &bytes, setup.encoding);
        let units = anatomy::units(&bytes);
        Run {
            graphemes: anatomy::graphemes(&units),
            roles: anatomy::roles(bytes.len(), &units),
            chunks: setup::chunks(&setup.cuts, bytes.len()),
            units,
            truncated,
            program,
            story,
            exit_code: result.exit_code,
            stderr: result.stderr,
            bytes,
            setup,
        }
    }

    /// The chunk a byte is in.
    pub fn chunk_of(&self, byte: usize) -> usize {
        self.chunks
            .iter()
            .position(|chunk| chunk.contains(&byte))
            .unwrap_or(0)
    }
}

/// What the pointer or the keyboard is on, to link bytes, characters and lane output.
#[derive(Clone, Debug, PartialEq)]
pub enum Inspect {
    Byte(usize),
    /// A piece of output (or a character), with a sentence about it.
    Bytes {
        range: Range<usize>,
        label: String,
    },
}

impl Inspect {
    pub fn range(&self) -> Range<usize> {
        match self {
            Inspect::Byte(at) => *at..*at + 1,
            Inspect::Bytes { range, .. } => range.clone(),
        }
    }
}

/// Whether two byte ranges share a byte.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

struct Start {
    setup: Setup,
    preset: Option<&'static Preset>,
    notices: Vec<String>,
}

fn start_from(initial: &UrlState) -> Start {
    let mut notices = Vec::new();
    let named = initial.preset.as_deref().and_then(|id| {
        let found = setup::find_preset(id);
        if found.is_none() {
            notices.push(format!(
                "Ignored preset={id}: there is no such preset in this lab; showing “{}”.",
                setup::default_preset().title
            ));
        }
        found
    });
    let (input, preset) = match &initial.text {
        Some(text) => (
            text.clone(),
            named.or_else(|| PRESETS.iter().find(|preset| preset.input == text)),
        ),
        None => {
            let preset = named.unwrap_or_else(setup::default_preset);
            (preset.input.to_string(), Some(preset))
        }
    };
    let preset = preset.filter(|preset| preset.input == input);
    let cuts = match (&initial.cuts, preset) {
        (Some(cuts), _) => cuts.clone(),
        (None, Some(preset)) => preset.cuts.to_vec(),
        (None, None) => Vec::new(),
    };
    let encoding = initial
        .encoding
        .as_deref()
        .and_then(Encoding::from_id)
        .unwrap_or_default();
    Start {
        setup: Setup {
            input,
            cuts,
            encoding,
        },
        preset,
        notices,
    }
}

fn initial_playback(run: &Run, initial: &UrlState) -> Playback {
    let mut playback = Playback::new(run.story.playback_trace.clone());
    playback = playback.reduce(Action::SetSpeed(initial.speed.unwrap_or(DEFAULT_SPEED)));
    playback = match initial.step {
        Some(StepParam::At(step)) => playback.reduce(Action::Seek(step)),
        Some(StepParam::End) | None => playback.reduce(Action::ToEnd),
    };
    if initial.autoplay {
        playback = playback.reduce(Action::Play);
    }
    playback
}

/// How long typing must pause before the new text runs.
const TYPING_DEBOUNCE_MS: u32 = 250;

/// The keys, as the help overlay lists them.
pub const KEYS: [(&str, &str); 12] = [
    ("→", "Step forward"),
    ("←", "Step back"),
    ("Space", "Play / pause"),
    ("Home", "Restart"),
    ("End", "Last step"),
    ("+  −", "Faster / slower"),
    ("B", "Show or hide the bits"),
    ("Tab", "Into the bytes: one stop for the whole strip"),
    (
        "← →  in the bytes",
        "Move between bytes and the gaps between them",
    ),
    ("Enter / Space on a gap", "Cut or join the chunks there"),
    ("T  F", "Next theme, full screen"),
    ("?", "This help (Esc closes)"),
];

#[function_component(BytesLab)]
pub fn bytes_lab(props: &BytesProps) -> Html {
    let start = use_memo(props.initial.clone(), |initial| start_from(initial));
    let run = use_state(|| Rc::new(Run::new(start.setup.clone())));
    let input = use_state(|| start.setup.input.clone());
    let preset = use_state(|| start.preset);
    let notices = use_state(|| start.notices.clone());
    let bits = use_state(|| false);
    let help_open = use_state(|| false);
    let inspect = use_state(|| None::<Inspect>);
    let focus_item = use_state(|| 0_usize);
    let typing_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let playback = {
        let initial = props.initial.clone();
        let first = (*run).clone();
        use_reducer(move || initial_playback(&first, &initial))
    };
    let strip_ref = use_node_ref();

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
        let setup = run.setup.clone();
        let preset_id = preset
            .filter(|preset| preset.input == setup.input)
            .map(|preset| preset.id);
        let deps = (
            playback.position,
            playback.len(),
            playback.speed,
            setup,
            preset_id,
        );
        use_effect_with(deps, move |(position, len, speed, setup, preset_id)| {
            let preset = preset_id.and_then(setup::find_preset);
            let step = if position >= len {
                None
            } else {
                Some(StepParam::At(*position))
            };
            let cuts_are_the_presets =
                preset.is_some_and(|preset| preset.cuts == setup.cuts.as_slice());
            on_url.emit(BytesUrl {
                preset: *preset_id,
                text: preset.is_none().then(|| setup.input.clone()),
                cuts: (!cuts_are_the_presets).then(|| setup.cuts.clone()),
                encoding: (setup.encoding != Encoding::Utf8).then(|| setup.encoding.id()),
                step,
                speed: (*speed != DEFAULT_SPEED).then_some(*speed),
            });
        });
    }

    // Runs a setup and shows it: at the last step if that is where the reader was.
    let apply = {
        let run = run.clone();
        let dispatcher = playback.dispatcher();
        let position = playback.position;
        let at_end = playback.at_end();
        let inspect = inspect.clone();
        Callback::from(move |setup: Setup| {
            let next = Rc::new(Run::new(setup));
            dispatcher.dispatch(Action::Load(next.story.playback_trace.clone()));
            if at_end {
                dispatcher.dispatch(Action::ToEnd);
            } else {
                dispatcher.dispatch(Action::Seek(position));
            }
            if let Some(Inspect::Byte(at)) = &*inspect {
                if *at >= next.bytes.len() {
                    inspect.set(None);
                }
            }
            run.set(next);
        })
    };

    let on_input = {
        let input = input.clone();
        let preset = preset.clone();
        let run = run.clone();
        let apply = apply.clone();
        let typing_timer = typing_timer.clone();
        Callback::from(move |event: InputEvent| {
            let field: HtmlInputElement = event.target_unchecked_into();
            let text = field.value();
            input.set(text.clone());
            if preset.is_some_and(|chosen| chosen.input != text) {
                preset.set(None);
            }
            let setup = Setup {
                input: text,
                cuts: run.setup.cuts.clone(),
                encoding: run.setup.encoding,
            };
            let apply = apply.clone();
            *typing_timer.borrow_mut() =
                Some(Timeout::new(TYPING_DEBOUNCE_MS, move || apply.emit(setup)));
        })
    };
    let on_preset = {
        let input = input.clone();
        let preset = preset.clone();
        let run = run.clone();
        let apply = apply.clone();
        let typing_timer = typing_timer.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = setup::find_preset(&select.value()) {
                typing_timer.borrow_mut().take();
                preset.set(Some(chosen));
                input.set(chosen.input.to_string());
                apply.emit(Setup {
                    input: chosen.input.to_string(),
                    cuts: chosen.cuts.to_vec(),
                    encoding: run.setup.encoding,
                });
            }
        })
    };
    // A host page (reveal.js slides) drives the lab with postMessage commands.
    {
        let on_load = {
            let input = input.clone();
            let preset = preset.clone();
            let run = run.clone();
            let apply = apply.clone();
            let typing_timer = typing_timer.clone();
            Callback::from(move |id: String| match setup::find_preset(&id) {
                Some(chosen) => {
                    typing_timer.borrow_mut().take();
                    preset.set(Some(chosen));
                    input.set(chosen.input.to_string());
                    apply.emit(Setup {
                        input: chosen.input.to_string(),
                        cuts: chosen.cuts.to_vec(),
                        encoding: run.setup.encoding,
                    });
                    true
                }
                None => false,
            })
        };
        let status = remote::Status {
            lab: Lab::Bytes,
            preset: preset
                .filter(|preset| preset.input == run.setup.input)
                .map(|preset| preset.id.to_string()),
            step: playback.position,
            total: playback.len(),
            playing: playback.playing,
            speed: playback.speed,
        };
        use_remote(status, playback.dispatcher(), on_load);
    }
    let on_encoding = {
        let run = run.clone();
        let apply = apply.clone();
        move |encoding: Encoding| {
            let run = run.clone();
            let apply = apply.clone();
            Callback::from(move |_: Event| {
                apply.emit(Setup {
                    encoding,
                    ..run.setup.clone()
                })
            })
        }
    };
    let on_chunk_size = {
        let run = run.clone();
        let apply = apply.clone();
        Callback::from(move |event: Event| {
            let field: HtmlInputElement = event.target_unchecked_into();
            if let Ok(size) = field.value().trim().parse::<usize>() {
                let size = size.clamp(1, setup::MAX_BYTES);
                apply.emit(Setup {
                    cuts: setup::cuts_every(size, run.bytes.len()),
                    ..run.setup.clone()
                });
            }
        })
    };
    let on_toggle_cut = {
        let run = run.clone();
        let apply = apply.clone();
        Callback::from(move |at: usize| {
            apply.emit(Setup {
                cuts: setup::toggle_cut(&run.setup.cuts, at, run.bytes.len()),
                ..run.setup.clone()
            })
        })
    };
    let on_bits = {
        let bits = bits.clone();
        Callback::from(move |_: MouseEvent| bits.set(!*bits))
    };
    let on_inspect = {
        let inspect = inspect.clone();
        Callback::from(move |next: Option<Inspect>| inspect.set(next))
    };
    let on_focus_item = {
        let focus_item = focus_item.clone();
        Callback::from(move |item: usize| focus_item.set(item))
    };
    let on_action = {
        let dispatcher = playback.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
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

    // Keys: never while typing in a field.
    {
        let dispatcher = playback.dispatcher();
        let help_open = help_open.clone();
        let bits = bits.clone();
        let deps = (*help_open, *bits);
        use_effect_with(deps, move |&(is_open, bits_on)| {
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
                        let action = match event.key().as_str() {
                            "ArrowRight" => Some(Action::Step),
                            "ArrowLeft" => Some(Action::Back),
                            " " | "Spacebar" => Some(Action::Toggle),
                            "Home" => Some(Action::Restart),
                            "End" => Some(Action::ToEnd),
                            "+" | "=" => Some(Action::Faster),
                            "-" | "_" => Some(Action::Slower),
                            "b" | "B" => {
                                event.prevent_default();
                                bits.set(!bits_on);
                                None
                            }
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

    let position = playback.position;
    let story = &run.story;
    let selected_preset = preset.filter(|preset| preset.input == *input);
    let encoding = run.setup.encoding;
    let explanation = match selected_preset {
        _ if encoding != Encoding::Utf8 => format!(
            "The chunks are read as {enc}: {}. The text is still made of UTF-8 bytes, so the strip shows UTF-8's structure; the lanes and the table of readings show what {enc} makes of the same bytes.",
            encoding.summary(),
            enc = encoding.id()
        ),
        Some(preset) => preset.explanation.to_string(),
        None => "Your own text. Type \\xNN for a raw byte (\\xFF is never valid UTF-8); click or Tab to a gap between two bytes to cut the stream there.".to_string(),
    };
    let chunk_label = match story.arrived(position) {
        0 => "no chunk yet".to_string(),
        n => format!("{n} of {} chunks in", run.chunks.len()),
    };
    // The chunk size shows only when the cuts are regular; hand-made cuts leave it blank.
    let chunk_size_value = match run.chunks.as_slice() {
        [] | [_] => run.bytes.len().max(1).to_string(),
        [first, ..] if setup::cuts_every(first.len(), run.bytes.len()) == run.setup.cuts => {
            first.len().to_string()
        }
        _ => String::new(),
    };
    let stale = *input != run.setup.input;
    let view = strip::StripView {
        run: (*run).clone(),
        position,
        bits: *bits,
        inspect: (*inspect).clone(),
        focus_item: *focus_item,
        node_ref: strip_ref.clone(),
    };

    html! {
        <div class="lab lab-bytes">
            <div class="lab-head">
                <h2>{"Bytes"}</h2>
                <label class="bytes-input">
                    <span class="pick-label">{"Text"}</span>
                    <input type="text" id="bytes-text" aria-label="Text" spellcheck="false" autocomplete="off"
                        value={(*input).clone()} oninput={on_input} />
                </label>
                <label class="preset-pick">
                    <span class="pick-label">{"Preset"}</span>
                    <select aria-label="Preset" onchange={on_preset}>
                        if selected_preset.is_none() {
                            <option value="" selected=true>{"Your text"}</option>
                        }
                        { for PRESETS.iter().map(|option| html! {
                            <option value={option.id} selected={selected_preset.is_some_and(|chosen| chosen.id == option.id)}>{option.title}</option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="bytes-options">
                <fieldset class="race bytes-encoding">
                    <legend>{"Decode the chunks as"}</legend>
                    { for Encoding::ALL.iter().map(|&encoding| html! {
                        <label class="race-option" title={encoding.summary()}>
                            <input type="radio" name="bytes-encoding" value={encoding.id()}
                                checked={run.setup.encoding == encoding} onchange={on_encoding(encoding)} />
                            {encoding.id()}
                        </label>
                    }) }
                </fieldset>
                <label class="bytes-chunk-size" title="Cut the bytes into chunks of this many bytes">
                    <span class="pick-label">{"Chunk size"}</span>
                    <input type="number" id="bytes-chunk-size" aria-label="Chunk size in bytes" min="1" max={setup::MAX_BYTES.to_string()}
                        value={chunk_size_value} placeholder="mixed" onchange={on_chunk_size} />
                    <small>{format!("{} chunk{}", run.chunks.len(), if run.chunks.len() == 1 { "" } else { "s" })}</small>
                </label>
                <button type="button" class="tool" aria-pressed={if *bits { "true" } else { "false" }} onclick={on_bits} title="Show each byte's bits (B)">{"Bits"}</button>
            </div>
            <p class="lab-explain">{explanation}</p>
            if !notices.is_empty() || run.truncated {
                <div class="notice" role="status">
                    <ul>
                        { for notices.iter().map(|text| html! { <li>{text}</li> }) }
                        if run.truncated {
                            <li>{format!("Only the first {} bytes are shown: the lab keeps every byte on screen.", setup::MAX_BYTES)}</li>
                        }
                    </ul>
                    if !notices.is_empty() {
                        <button type="button" class="notice-close" aria-label="Dismiss notice" onclick={dismiss_notices}>{"×"}</button>
                    }
                </div>
            }
            if let Some(error) = &story.error {
                <div class="run-stopped" role="alert">
                    <strong>{"The program stopped with an error: "}</strong>{error}
                </div>
            }
            <Controls
                position={position}
                len={playback.len()}
                playing={playback.playing}
                speed={playback.speed}
                clock={AttrValue::from(chunk_label)}
                on_action={on_action}
                on_help={on_help}
            />
            <p class="narration" role="status" aria-live="polite">
                { if stale { "Typing… the new text runs when you pause.".to_string() } else { story.narrate(position) } }
            </p>
            { strip::strip(&view, &on_toggle_cut, &on_inspect, &on_focus_item) }
            { lanes::lanes(&run, position, inspect.as_ref(), &on_inspect) }
            <div class="bytes-extra">
                { panels::program_panel(&run, position) }
                <div class="bytes-side">
                    { panels::readings_panel(&run, inspect.as_ref(), &on_inspect) }
                    { panels::cost_panel(&run) }
                </div>
            </div>
            if *help_open {
                <HelpOverlay on_close={on_help_close} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct HelpProps {
    on_close: Callback<()>,
}

#[function_component(HelpOverlay)]
fn help_overlay(props: &HelpProps) -> Html {
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
    let on_backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: MouseEvent| {
            if event.target() == event.current_target() {
                on_close.emit(());
            }
        })
    };
    html! {
        <div class="overlay" onclick={on_backdrop}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="bytes-help-title">
                <h3 id="bytes-help-title">{"Keyboard shortcuts"}</h3>
                <p class="dialog-note">{"Keys work anywhere except while typing in the text field."}</p>
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
