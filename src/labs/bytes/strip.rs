//! The strip: each character over its code points over its bytes (hex, or bits with the UTF-8
//! structure marked), the chunks the bytes are cut into, and a gap between every two bytes
//! that cuts or joins the stream there. The whole strip is one tab stop (a toolbar with a
//! roving tabindex): ← → move between bytes and gaps, Enter or Space on a gap toggles a cut.

use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::anatomy::{self, Role, Shape};
use super::story::{hex_list, StepKind};
use super::{overlaps, Inspect, Run};

/// What the strip needs to draw itself.
pub struct StripView {
    pub run: Rc<Run>,
    pub position: usize,
    pub bits: bool,
    pub inspect: Option<Inspect>,
    /// The strip item that holds the tab stop: `2 * i` is byte `i`, `2 * i + 1` the gap after it.
    pub focus_item: usize,
    pub node_ref: NodeRef,
}

/// Where each byte stands in the flow at the current step.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// Its chunk has not arrived yet.
    Pending,
    /// It has arrived, and the decoder is holding it back.
    Held,
    Arrived,
}

fn item_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("[data-item]").ok().flatten())
        .and_then(|element| element.get_attribute("data-item"))
        .and_then(|value| value.parse().ok())
}

fn focus_item(node_ref: &NodeRef, item: usize) {
    let Some(strip) = node_ref.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(element)) = strip.query_selector(&format!("[data-item='{item}']")) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Describes a byte for the inspector line and for screen readers.
pub fn describe_byte(run: &Run, at: usize) -> String {
    let Some(&byte) = run.bytes.get(at) else {
        return String::new();
    };
    let (prefix, payload) = anatomy::bits(byte);
    let (role, unit_index) = run.roles[at];
    let unit = &run.units[unit_index];
    let whose = match (role, unit.char) {
        (Role::Ascii, Some(c)) => {
            format!("the whole of {} {}", unit.code_point(), anatomy::glyph(c))
        }
        (Role::Part { index, of }, Some(c)) => format!(
            "byte {index} of {of} of {} {}, whose payload bits spell {}",
            unit.code_point(),
            anatomy::glyph(c),
            anatomy::payload_explanation(&run.bytes[unit.bytes.clone()], c)
        ),
        _ => match unit.bytes.len() {
            1 => "not valid UTF-8 here: V8 reads it as one U+FFFD".to_string(),
            n => format!(
                "part of {n} bytes ({}) that are not valid UTF-8: V8 reads them as one U+FFFD",
                hex_list(&run.bytes[unit.bytes.clone()])
            ),
        },
    };
    format!(
        "Byte {} of {}: {byte:02X} = {prefix} {payload}. {} It is {whose}. Chunk {}.",
        at + 1,
        run.bytes.len(),
        anatomy::shape(byte).meaning(),
        run.chunk_of(at) + 1
    )
}

/// The strip panel.
pub fn strip(
    view: &StripView,
    on_toggle: &Callback<usize>,
    on_inspect: &Callback<Option<Inspect>>,
    on_focus_item: &Callback<usize>,
) -> Html {
    let run = &view.run;
    let n_bytes = run.bytes.len();
    let story = &run.story;
    let arrived = story.arrived(view.position);
    let current_chunk = view
        .position
        .checked_sub(1)
        .and_then(|step| story.steps.get(step))
        .and_then(|(kind, _)| match kind {
            StepKind::Naive(k) | StepKind::Write(k) => Some(*k),
            StepKind::End => None,
        });
    let held = story
        .last_decoder_call(view.position)
        .map(|call| call.held_at.clone())
        .unwrap_or(0..0);
    let flow = |at: usize| {
        if run.chunk_of(at) >= arrived {
            Flow::Pending
        } else if held.contains(&at) {
            Flow::Held
        } else {
            Flow::Arrived
        }
    };
    let lit = view.inspect.as_ref().map(Inspect::range);
    let is_lit = |range: &Range<usize>| lit.as_ref().is_some_and(|lit| overlaps(lit, range));
    let n_items = (2 * n_bytes).saturating_sub(1);
    let focus = view.focus_item.min(n_items.saturating_sub(1));

    let onkeydown = {
        let on_toggle = on_toggle.clone();
        let on_focus_item = on_focus_item.clone();
        let node_ref = view.node_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let Some(item) = item_of(event.target()) else {
                return;
            };
            let last = n_items.saturating_sub(1);
            let next = match event.key().as_str() {
                "ArrowRight" => Some((item + 1).min(last)),
                "ArrowLeft" => Some(item.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
                "Enter" | " " | "Spacebar" if item % 2 == 1 => {
                    event.prevent_default();
                    on_toggle.emit(item / 2 + 1);
                    None
                }
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                on_focus_item.emit(next);
                focus_item(&node_ref, next);
            }
        })
    };
    let onmouseleave = {
        let on_inspect = on_inspect.clone();
        Callback::from(move |_: MouseEvent| on_inspect.emit(None))
    };
    let inspect_for = |item: usize| -> Inspect {
        if item.is_multiple_of(2) {
            Inspect::Byte(item / 2)
        } else {
            let at = item / 2 + 1;
            let cut = run.setup.cuts.contains(&at);
            Inspect::Bytes {
                range: at - 1..at + 1,
                label: gap_label(run, at, cut),
            }
        }
    };
    let hover = |item: usize| {
        let on_inspect = on_inspect.clone();
        let inspect = inspect_for(item);
        Callback::from(move |_: MouseEvent| on_inspect.emit(Some(inspect.clone())))
    };
    let focused = |item: usize| {
        let on_inspect = on_inspect.clone();
        let on_focus_item = on_focus_item.clone();
        let inspect = inspect_for(item);
        Callback::from(move |_: FocusEvent| {
            on_focus_item.emit(item);
            on_inspect.emit(Some(inspect.clone()));
        })
    };
    let tabindex = |item: usize| if item == focus { "0" } else { "-1" };

    let gap = |at: usize, inner: Option<usize>| -> Html {
        let item = 2 * at - 1;
        let cut = run.setup.cuts.contains(&at);
        let toggle = {
            let on_toggle = on_toggle.clone();
            Callback::from(move |_: MouseEvent| on_toggle.emit(at))
        };
        let style = inner.map(|column| format!("grid-column: {column}; grid-row: 1 / -1;"));
        let inside_char = run
            .roles
            .get(at)
            .is_some_and(|(role, _)| matches!(role, Role::Part { index, .. } if *index > 1));
        // Between two graphemes the chunk's band runs on under the gap unless the gap cuts it.
        let band = (inner.is_none() && !cut).then(|| {
            let chunk = run.chunk_of(at - 1);
            classes!(
                "gap-band",
                chunk_class(chunk),
                (flow(at - 1) == Flow::Pending).then_some("pending")
            )
        });
        html! {
            <button type="button"
                class={classes!("gap", inner.is_none().then_some("gap-outer"), cut.then_some("cut"), inside_char.then_some("gap-inside"), band)}
                style={style}
                data-item={item.to_string()}
                tabindex={tabindex(item)}
                aria-pressed={if cut { "true" } else { "false" }}
                aria-label={gap_label(run, at, cut)}
                title={if cut { "Join the chunks here" } else { "Cut the stream here" }}
                onclick={toggle}
                onmouseenter={hover(item)}
                onfocus={focused(item)}>
                <span class="gap-line" aria-hidden="true"></span>
                if cut { <span class="gap-mark" aria-hidden="true">{"✂"}</span> }
            </button>
        }
    };

    let mut blocks: Vec<Html> = Vec::new();
    for (g_index, group) in run.graphemes.iter().enumerate() {
        let units = &run.units[group.clone()];
        let bytes = units[0].bytes.start..units[units.len() - 1].bytes.end;
        if g_index > 0 {
            blocks.push(gap(bytes.start, None));
        }
        let column_of = |at: usize| 2 * (at - bytes.start) + 1;
        let template = vec!["var(--byte-w)"; bytes.len()].join(" var(--gap-w) ");
        let glyph_text: String = if units.len() == 1 {
            units[0]
                .char
                .map_or_else(|| "\u{FFFD}".to_string(), anatomy::glyph)
        } else {
            units.iter().filter_map(|unit| unit.char).collect()
        };
        let invalid = units.iter().any(|unit| unit.char.is_none());
        let mut cells: Vec<Html> = vec![html! {
            <div class={classes!("g-glyph", invalid.then_some("g-invalid"), is_lit(&bytes).then_some("lit"))}
                style={format!("grid-column: 1 / {}; grid-row: 1;", 2 * bytes.len())}
                title={if units.len() > 1 { format!("one character made of {} code points", units.len()) } else { String::new() }}>
                <span class="g-text">{glyph_text}</span>
                if units.len() > 1 { <span class="g-count">{format!("{} code points", units.len())}</span> }
            </div>
        }];
        for unit in units {
            let label = match (unit.char, units.len() > 1 && unit.bytes.len() > 1) {
                (Some(c), true) => format!("{} {}", anatomy::glyph(c), unit.code_point()),
                _ => unit.code_point(),
            };
            cells.push(html! {
                <div class={classes!("u-cp", unit.char.is_none().then_some("u-invalid"), (unit.char.is_none() && unit.bytes.len() == 1).then_some("u-narrow"), is_lit(&unit.bytes).then_some("lit"))}
                    style={format!("grid-column: {} / {}; grid-row: 2;", column_of(unit.bytes.start), column_of(unit.bytes.end - 1) + 1)}>
                    {label}
                </div>
            });
        }
        for at in bytes.clone() {
            let byte = run.bytes[at];
            let item = 2 * at;
            let (role, _) = run.roles[at];
            let shape = anatomy::shape(byte);
            let chunk = run.chunk_of(at);
            let state = flow(at);
            let (prefix, payload) = anatomy::bits(byte);
            let body = if view.bits {
                html! {
                    <span class="byte-bits" aria-hidden="true">
                        <span class={classes!("bits-prefix", shape_class(shape))}>{prefix}</span>
                        <span class="bits-payload">{payload}</span>
                    </span>
                }
            } else {
                html! { <span class="byte-hex" aria-hidden="true">{format!("{byte:02X}")}</span> }
            };
            let mut label = format!("Byte {}: {byte:02X}, {}", at + 1, role_words(role, shape));
            match state {
                Flow::Pending => label.push_str(", not arrived yet"),
                Flow::Held => label.push_str(", held back by the decoder"),
                Flow::Arrived => {}
            }
            label.push_str(&format!(", chunk {}", chunk + 1));
            cells.push(html! {
                <button type="button"
                    class={classes!(
                        "byte",
                        role_class(role),
                        chunk_class(chunk),
                        match state { Flow::Pending => Some("pending"), Flow::Held => Some("held"), Flow::Arrived => None },
                        (current_chunk == Some(chunk)).then_some("current"),
                        is_lit(&(at..at + 1)).then_some("lit"),
                    )}
                    style={format!("grid-column: {}; grid-row: 3;", column_of(at))}
                    data-item={item.to_string()}
                    tabindex={tabindex(item)}
                    aria-label={label}
                    onmouseenter={hover(item)}
                    onfocus={focused(item)}>
                    {body}
                    <span class="byte-role" aria-hidden="true">{role.tag()}</span>
                </button>
            });
            let chunk_start = run.chunks.get(chunk).is_some_and(|range| range.start == at);
            let band_text = if state == Flow::Held && (at == held.start) {
                Some("held".to_string())
            } else if chunk_start && state != Flow::Held {
                Some(if run.chunks[chunk].len() > 1 {
                    format!("chunk {}", chunk + 1)
                } else {
                    format!("{}", chunk + 1)
                })
            } else {
                None
            };
            cells.push(html! {
                <div class={classes!("band", chunk_class(chunk), (state == Flow::Pending).then_some("pending"), (state == Flow::Held).then_some("held"))}
                    style={format!("grid-column: {} / {}; grid-row: 4;", column_of(at), if at + 1 < bytes.end && !run.setup.cuts.contains(&(at + 1)) { column_of(at) + 2 } else { column_of(at) + 1 })}
                    aria-hidden="true">
                    if let Some(text) = band_text { <span class="band-label">{text}</span> }
                </div>
            });
            if at + 1 < bytes.end {
                cells.push(gap(at + 1, Some(column_of(at) + 1)));
            }
        }
        blocks.push(html! {
            <div class={classes!("g", invalid.then_some("g-has-invalid"))} style={format!("grid-template-columns: {template};")}>
                { for cells }
            </div>
        });
    }

    let inspect_text = match &view.inspect {
        Some(Inspect::Byte(at)) => describe_byte(run, *at),
        Some(Inspect::Bytes { label, .. }) => label.clone(),
        None => "Point at or Tab to a byte to see what it is. Click a gap between two bytes (or press Enter on it) to cut the stream there.".to_string(),
    };
    let n_code_points = run.units.iter().filter(|unit| unit.char.is_some()).count();
    html! {
        <section class="panel bytes-strip-panel" aria-labelledby="bytes-strip-title">
            <div class="panel-head">
                <h3 id="bytes-strip-title">{"Characters over their bytes"}
                    <small>{format!(" {n_bytes} byte{} · {n_code_points} code point{} · {} character{}", plural(n_bytes), plural(n_code_points), run.graphemes.len(), plural(run.graphemes.len()))}</small>
                </h3>
                <p class="strip-legend" aria-hidden="true">
                    <span class="legend-item"><span class="legend-swatch held"></span>{"held by the decoder"}</span>
                    <span class="legend-item"><span class="legend-swatch pending"></span>{"not arrived yet"}</span>
                    <span class="legend-item"><span class="legend-cut">{"✂"}</span>{"chunk boundary"}</span>
                </p>
            </div>
            if n_bytes == 0 {
                <p class="lane-empty">{"No bytes: type some text."}</p>
            } else {
                <div class={classes!("strip", view.bits.then_some("strip-bits"))}
                    role="toolbar" aria-label="Bytes and the gaps between them: arrow keys move, Enter cuts"
                    ref={view.node_ref.clone()} onkeydown={onkeydown} onmouseleave={onmouseleave}>
                    { for blocks }
                </div>
            }
            <p class="strip-inspect" aria-live="polite">{inspect_text}</p>
            if view.bits {
                <p class="bits-legend">
                    <span class="legend-item"><code class="bits-prefix shape-ascii">{"0"}</code>{" ASCII"}</span>
                    <span class="legend-item"><code class="bits-prefix shape-lead">{"110 · 1110 · 11110"}</code>{" lead byte of a 2-, 3-, 4-byte character"}</span>
                    <span class="legend-item"><code class="bits-prefix shape-cont">{"10"}</code>{" continuation"}</span>
                    <span class="legend-item"><code class="bits-payload">{"xxxxxx"}</code>{" payload: the code point's bits"}</span>
                </p>
            }
        </section>
    }
}

/// Chunks alternate between two looks (colour and pattern), so neighbours stand apart.
fn chunk_class(chunk: usize) -> &'static str {
    if chunk.is_multiple_of(2) {
        "chunk-a"
    } else {
        "chunk-b"
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn gap_label(run: &Run, at: usize, cut: bool) -> String {
    let (role, unit_index) = run.roles[at];
    let inside = match role {
        Role::Part { index, .. } if index > 1 => {
            let unit = &run.units[unit_index];
            format!(
                ", inside {} {}",
                unit.code_point(),
                unit.char.map(anatomy::glyph).unwrap_or_default()
            )
        }
        _ => String::new(),
    };
    format!(
        "Gap between byte {} and byte {}{inside}: {}",
        at,
        at + 1,
        if cut {
            "chunk boundary (press to join)"
        } else {
            "no boundary (press to cut)"
        }
    )
}

fn role_words(role: Role, shape: Shape) -> String {
    match (role, shape) {
        (Role::Ascii, _) => "ASCII character".to_string(),
        (Role::Part { index: 1, of }, _) => format!("lead byte of a {of}-byte character"),
        (Role::Part { index, of }, _) => format!("continuation byte {index} of {of}"),
        (Role::Invalid, Shape::Never) => "invalid: never valid in UTF-8".to_string(),
        (Role::Invalid, Shape::Continuation) => {
            "invalid: a continuation byte with no lead".to_string()
        }
        (Role::Invalid, Shape::Lead(n)) => {
            format!("invalid: a lead byte of {n} without its continuation")
        }
        (Role::Invalid, Shape::Ascii) => "invalid".to_string(),
    }
}

fn role_class(role: Role) -> &'static str {
    match role {
        Role::Ascii => "role-ascii",
        Role::Part { index: 1, .. } => "role-lead",
        Role::Part { .. } => "role-cont",
        Role::Invalid => "role-invalid",
    }
}

fn shape_class(shape: Shape) -> &'static str {
    match shape {
        Shape::Ascii => "shape-ascii",
        Shape::Continuation => "shape-cont",
        Shape::Lead(_) => "shape-lead",
        Shape::Never => "shape-never",
    }
}
