//! The app shell: header, lab navigation, the chosen lab, footer; the theme and large type;
//! and keeping the URL in step with what is on screen (pushState when the lab changes,
//! replaceState, debounced, for everything else).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use nodescope_engine::NODE_VERSION;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::labs::bytes::{BytesLab, BytesUrl};
use crate::labs::event_loop::{EventLoopLab, LabUrl};
use crate::labs::streams::{StreamsLab, StreamsUrl};
use crate::url_state::{self, Lab, Theme, UrlState, LABS_COMING_LATER};
use crate::web;

/// How long the URL waits for changes to settle before it is rewritten.
const URL_DEBOUNCE_MS: u32 = 150;

/// The theme actually shown: the link's, or the reader's system preference.
fn effective_theme(chosen: Option<Theme>, system_dark: bool) -> Theme {
    chosen.unwrap_or(if system_dark {
        Theme::Dark
    } else {
        Theme::Light
    })
}

fn next_theme(theme: Theme) -> Theme {
    match theme {
        Theme::Light => Theme::Dark,
        Theme::Dark => Theme::Contrast,
        Theme::Contrast => Theme::Light,
    }
}

/// The shell's own state, separate from the URL's lab-specific parts.
#[derive(Clone, PartialEq)]
struct Shell {
    /// The state the current lab was opened with; a new one remounts the lab.
    opened: Rc<UrlState>,
    /// Bumped whenever `opened` changes, to key the lab.
    generation: u32,
    notices: Vec<String>,
}

#[function_component(App)]
pub fn app() -> Html {
    let shell = use_state(|| {
        let parsed = url_state::parse(&web::current_query());
        Shell {
            opened: Rc::new(parsed.state),
            generation: 0,
            notices: parsed.notices,
        }
    });
    // The URL as it should read now. Changing it never re-renders the shell.
    let url: Rc<RefCell<UrlState>> = use_mut_ref(|| (*shell.opened).clone());
    let url_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let theme = use_state(|| shell.opened.theme);
    let large = use_state(|| shell.opened.large);
    let system_dark = use_state(web::prefers_dark);
    let share_open = use_state(|| false);
    let embed = shell.opened.embed;
    let lab = shell.opened.lab;

    let write_url_later = {
        let url = url.clone();
        let url_timer = url_timer.clone();
        Rc::new(move || {
            let url = url.clone();
            *url_timer.borrow_mut() = Some(Timeout::new(URL_DEBOUNCE_MS, move || {
                web::replace_query(&url_state::to_query(&url.borrow()));
            }));
        })
    };

    // The theme and type size live on <html>, so the whole page (and the scrollbars) follow.
    let shown_theme = effective_theme(*theme, *system_dark);
    use_effect_with((shown_theme, *large), |&(theme, large)| {
        web::set_root_attribute("data-theme", Some(theme.id()));
        web::set_root_attribute("data-size", large.then_some("large"));
    });

    // Follow the system's colour scheme while the link does not choose a theme.
    {
        let system_dark = system_dark.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|window| {
                    window
                        .match_media("(prefers-color-scheme: dark)")
                        .ok()
                        .flatten()
                })
                .map(|list| {
                    let target = list.clone();
                    EventListener::new(&target, "change", move |_| system_dark.set(list.matches()))
                });
            move || drop(listener)
        });
    }

    // Back and forward: the lab and its state come from the URL again.
    {
        let shell = shell.clone();
        let url = url.clone();
        let theme = theme.clone();
        let large = large.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    let parsed = url_state::parse(&web::current_query());
                    *url.borrow_mut() = parsed.state.clone();
                    theme.set(parsed.state.theme);
                    large.set(parsed.state.large);
                    shell.set(Shell {
                        opened: Rc::new(parsed.state),
                        generation: shell.generation + 1,
                        notices: parsed.notices,
                    });
                })
            });
            move || drop(listener)
        });
    }

    // T cycles the theme, F toggles full screen; never while typing.
    {
        let theme = theme.clone();
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        use_effect_with(shown_theme, move |&shown| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key()
                        || event.meta_key()
                        || event.alt_key()
                        || web::is_typing_target(event)
                    {
                        return;
                    }
                    match event.key().as_str() {
                        "t" | "T" => {
                            let next = next_theme(shown);
                            url.borrow_mut().theme = Some(next);
                            theme.set(Some(next));
                            write_url_later();
                        }
                        "f" | "F" => web::toggle_fullscreen(),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_lab_url = {
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        Callback::from(move |lab_url: LabUrl| {
            {
                let mut url = url.borrow_mut();
                url.preset = lab_url.preset.map(str::to_string);
                url.code = lab_url.code;
                url.race = lab_url.race;
                url.step = lab_url.step;
                url.speed = lab_url.speed;
                // Autoplay is how a link starts, not a state to keep.
                url.autoplay = false;
            }
            write_url_later();
        })
    };

    let on_bytes_url = {
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        Callback::from(move |lab_url: BytesUrl| {
            {
                let mut url = url.borrow_mut();
                url.preset = lab_url.preset.map(str::to_string);
                url.text = lab_url.text;
                url.cuts = lab_url.cuts;
                url.encoding = lab_url.encoding.map(str::to_string);
                url.step = lab_url.step;
                url.speed = lab_url.speed;
                url.autoplay = false;
            }
            write_url_later();
        })
    };

    let on_streams_url = {
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        Callback::from(move |lab_url: StreamsUrl| {
            {
                let mut url = url.borrow_mut();
                url.preset = lab_url.preset.map(str::to_string);
                url.code = lab_url.code;
                url.knobs = lab_url.knobs;
                url.step = lab_url.step;
                url.speed = lab_url.speed;
                url.autoplay = false;
            }
            write_url_later();
        })
    };

    let navigate = {
        let shell = shell.clone();
        let url = url.clone();
        let url_timer = url_timer.clone();
        move |target: Lab| {
            let shell = shell.clone();
            let url = url.clone();
            let url_timer = url_timer.clone();
            Callback::from(move |event: MouseEvent| {
                if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0
                {
                    return; // Let the browser open a new tab or window.
                }
                event.prevent_default();
                if target == shell.opened.lab {
                    return;
                }
                url_timer.borrow_mut().take();
                let next = {
                    let current = url.borrow();
                    UrlState {
                        lab: target,
                        theme: current.theme,
                        large: current.large,
                        embed: current.embed,
                        panels: current.panels.clone(),
                        ..UrlState::default()
                    }
                };
                // Settle the current entry first, so that Back returns to exactly it.
                web::replace_query(&url_state::to_query(&url.borrow()));
                web::push_query(&url_state::to_query(&next));
                *url.borrow_mut() = next.clone();
                shell.set(Shell {
                    opened: Rc::new(next),
                    generation: shell.generation + 1,
                    notices: Vec::new(),
                });
            })
        }
    };

    let on_theme = {
        let theme = theme.clone();
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let chosen = Theme::from_id(&select.value());
            url.borrow_mut().theme = chosen;
            theme.set(chosen);
            write_url_later();
        })
    };
    let on_large = {
        let large = large.clone();
        let url = url.clone();
        let write_url_later = write_url_later.clone();
        Callback::from(move |_: MouseEvent| {
            let next = !*large;
            url.borrow_mut().large = next;
            large.set(next);
            write_url_later();
        })
    };
    let on_share = {
        let share_open = share_open.clone();
        Callback::from(move |_: MouseEvent| share_open.set(!*share_open))
    };
    let close_share = {
        let share_open = share_open.clone();
        Callback::from(move |()| share_open.set(false))
    };
    let dismiss_notices = {
        let shell = shell.clone();
        Callback::from(move |_: MouseEvent| {
            shell.set(Shell {
                notices: Vec::new(),
                ..(*shell).clone()
            })
        })
    };

    let lab_view = match lab {
        Lab::EventLoop => html! {
            <EventLoopLab key={shell.generation} initial={shell.opened.clone()} on_url={on_lab_url} />
        },
        Lab::Streams => html! {
            <StreamsLab key={shell.generation} initial={shell.opened.clone()} on_url={on_streams_url} />
        },
        Lab::Bytes => html! {
            <BytesLab key={shell.generation} initial={shell.opened.clone()} on_url={on_bytes_url} />
        },
    };
    let notices = (!shell.notices.is_empty()).then(|| {
        html! {
            <div class="notice notice-url" role="status">
                <ul>{ for shell.notices.iter().map(|notice| html! { <li>{notice}</li> }) }</ul>
                <button type="button" class="notice-close" aria-label="Dismiss notice" onclick={dismiss_notices}>{"×"}</button>
            </div>
        }
    });

    if embed {
        let open_url = {
            let mut state = (*shell.opened).clone();
            state.embed = false;
            url_state::to_query(&state)
        };
        return html! {
            <div class="app app-embed">
                <div class="embed-bar">
                    <a class="open-full" href={open_url} target="_blank" rel="noopener">{"Open in nodescope ↗"}</a>
                </div>
                <main class="main">
                    { for notices }
                    { lab_view }
                </main>
            </div>
        };
    }

    html! {
        <div class="app">
            <a class="skip-link" href="#main">{"Skip to the lab"}</a>
            <header class="site-header">
                <div class="brand">
                    <h1 class="product">{"nodescope"}</h1>
                    <span class="badge" title={format!("Simulates the semantics of Node.js {NODE_VERSION}")}>{"simulates Node v20"}</span>
                </div>
                <nav class="labs-nav" aria-label="Labs">
                    <ul>
                        { for Lab::ALL.iter().map(|&item| {
                            let current = item == lab;
                            html! {
                                <li>
                                    <a href={format!("?lab={}", item.id())}
                                       class={classes!("nav-link", current.then_some("nav-current"))}
                                       aria-current={current.then_some("page")}
                                       onclick={navigate(item)}>{item.title()}</a>
                                </li>
                            }
                        }) }
                        { for LABS_COMING_LATER.iter().map(|(_, name)| html! {
                            <li><span class="nav-link nav-later" aria-disabled="true" title="Coming later">{*name}<small>{" later"}</small></span></li>
                        }) }
                    </ul>
                </nav>
                <div class="header-tools">
                    <label class="theme-pick">
                        <span class="visually-hidden">{"Theme"}</span>
                        <select aria-label="Theme" onchange={on_theme} title="Theme (T)">
                            <option value="auto" selected={theme.is_none()}>{"Auto theme"}</option>
                            { for Theme::ALL.iter().map(|&option| html! {
                                <option value={option.id()} selected={*theme == Some(option)}>{ match option { Theme::Light => "Light", Theme::Dark => "Dark", Theme::Contrast => "High contrast" } }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="tool" aria-pressed={if *large { "true" } else { "false" }} onclick={on_large} title="Large type for projectors">{"Large type"}</button>
                    <button type="button" class="tool tool-share" aria-expanded={if *share_open { "true" } else { "false" }} onclick={on_share}>{"Share"}</button>
                </div>
            </header>
            if *share_open {
                <SharePanel url={url.clone()} on_close={close_share} lab_title={lab.title()} />
            }
            <main class="main" id="main">
                { for notices }
                { lab_view }
            </main>
            <footer class="site-footer">
                <p>
                    {format!("nodescope runs your code on a deterministic simulation of Node.js {NODE_VERSION}'s runtime, in your browser. Times, CPU costs and I/O latencies are modelled, not measured. ")}
                    <a href="#docs" onclick={Callback::from(|_: MouseEvent| web::open_details("docs"))}>{"Docs: links, embeds and keys"}</a>
                </p>
                <details id="docs" class="docs">
                    <summary>{"Docs: links, embeds and keys"}</summary>
                    <p>{"Every view is a link: the address bar always holds the lab, the preset or your code, the step and the display options, so copying it (or the Share button) reproduces exactly what you see."}</p>
                    <dl class="docs-params">
                        <dt><code>{"lab"}</code></dt><dd>{"event-loop, streams or bytes"}</dd>
                        <dt><code>{"preset"}</code></dt><dd>{"a preset's id, e.g. microtask-nesting"}</dd>
                        <dt><code>{"code"}</code></dt><dd>{"your program, compressed (DEFLATE, base64url)"}</dd>
                        <dt><code>{"race"}</code></dt><dd>{"immediate-first or timeout-first: the outcome of setTimeout 0 vs setImmediate in the main module"}</dd>
                        <dt><code>{"step"}</code></dt><dd>{"a step number, or end"}</dd>
                        <dt><code>{"speed"}</code></dt><dd>{"steps per second: 1, 2, 4, 8, 16, 32 or 60"}</dd>
                        <dt><code>{"autoplay"}</code></dt><dd>{"1 to start playing"}</dd>
                        <dt><code>{"theme"}</code></dt><dd>{"light, dark or contrast (default: your system's)"}</dd>
                        <dt><code>{"large"}</code></dt><dd>{"1 for large type"}</dd>
                        <dt><code>{"panels"}</code></dt><dd>{"which panels to show: code, stack, loop, queues, timers, pool, console, timeline, narration"}</dd>
                        <dt><code>{"embed"}</code></dt><dd>{"1 for the lab alone, for an iframe"}</dd>
                    </dl>
                    <p>{"Keys: → step, ← back, Space play/pause, Home restart, End last step, + and − speed, T theme, F full screen, ? help. They never fire while you type in the editor."}</p>
                </details>
            </footer>
        </div>
    }
}

/// The name of an exported frame: the lab, the preset (or "code") and the step.
fn export_file_name(state: &UrlState, format: &str) -> String {
    let what = if state.code.is_some() || state.text.is_some() {
        "code"
    } else {
        state.preset.as_deref().unwrap_or("default")
    };
    let step = match state.step {
        Some(url_state::StepParam::At(step)) => format!("step-{step}"),
        Some(url_state::StepParam::End) => "end".to_string(),
        None => "step-0".to_string(),
    };
    format!("nodescope-{}-{what}-{step}.{format}", state.lab.id())
}

#[derive(Properties)]
struct ShareProps {
    url: Rc<RefCell<UrlState>>,
    on_close: Callback<()>,
    lab_title: &'static str,
}

impl PartialEq for ShareProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.url, &other.url) && self.lab_title == other.lab_title
    }
}

/// The link to this exact state, and an `<iframe>` snippet to embed it, each with a copy
/// button; when the clipboard is refused, the text stays selected to copy by hand.
#[function_component(SharePanel)]
fn share_panel(props: &ShareProps) -> Html {
    let copied = use_state(|| None::<(&'static str, bool)>);
    let state = props.url.borrow().clone();
    let link = web::absolute_url(&url_state::to_query(&UrlState {
        embed: false,
        autoplay: false,
        ..state.clone()
    }));
    let embed_src = web::absolute_url(&url_state::to_query(&UrlState {
        embed: true,
        autoplay: false,
        ..state
    }));
    let snippet = format!(
        "<iframe src=\"{}\" title=\"nodescope: {} lab\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>",
        embed_src.replace('&', "&amp;").replace('"', "&quot;"),
        props.lab_title
    );
    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = web::copy_text(&text).await;
                copied.set(Some((what, ok)));
            });
        })
    };
    let exported = use_state(|| None::<Result<String, String>>);
    let export = |format: &'static str| {
        let exported = exported.clone();
        let copied = copied.clone();
        let file_name = export_file_name(&props.url.borrow(), format);
        Callback::from(move |_: MouseEvent| {
            let exported = exported.clone();
            let copied = copied.clone();
            let file_name = file_name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = web::export_frame(format, &file_name).await;
                copied.set(None);
                exported.set(Some(result));
            });
        })
    };
    let on_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let status = match (&*copied, &*exported) {
        (Some((what, true)), _) => format!("Copied the {what} to the clipboard."),
        (Some((what, false)), _) => {
            format!("The clipboard is not available here: select the {what} and copy it.")
        }
        (None, Some(Ok(file))) => format!("Downloaded {file}."),
        (None, Some(Err(why))) => format!("Could not export the frame: {why}."),
        (None, None) => String::new(),
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title" class="share-title">{"Share this exact view"}</h2>
            <label class="share-row">
                <span>{"Link"}</span>
                <input type="text" readonly=true value={link.clone()} aria-label="Link to this view" onfocus={Callback::from(|event: FocusEvent| {
                    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                    input.select();
                })} />
                <button type="button" class="tool" onclick={copy("link", link)}>{"Copy link"}</button>
            </label>
            <label class="share-row">
                <span>{"Embed"}</span>
                <input type="text" readonly=true value={snippet.clone()} aria-label="Embed code" onfocus={Callback::from(|event: FocusEvent| {
                    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                    input.select();
                })} />
                <button type="button" class="tool" onclick={copy("embed code", snippet)}>{"Copy embed code"}</button>
            </label>
            <div class="share-row share-export">
                <span>{"Image"}</span>
                <p class="share-export-note">{"The current frame, for a blog post or a slide."}</p>
                <button type="button" class="tool" onclick={export("svg")}>{"Download SVG"}</button>
                <button type="button" class="tool" onclick={export("png")}>{"Download PNG"}</button>
            </div>
            <p class="share-status" role="status">{status}</p>
            <button type="button" class="tool" onclick={on_close}>{"Close"}</button>
        </section>
    }
}
