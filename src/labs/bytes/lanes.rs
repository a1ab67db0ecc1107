//! The two lanes, side by side chunk by chunk: what `chunk.toString()` returned for each chunk
//! on its own, and what `decoder.write(chunk)` returned and held back, then `decoder.end()`.
//! Every piece of output links to the bytes it came from; each U+FFFD shows those bytes.

use std::ops::Range;

use yew::prelude::*;

use super::story::{hex_list, hold_reason, js_quote, DecoderCall, OutPiece, PieceKind, StepKind};
use super::{overlaps, Inspect, Run};

fn bytes_words(range: &Range<usize>) -> String {
    match range.len() {
        0 => "no bytes".to_string(),
        1 => format!("byte {}", range.start + 1),
        _ => format!("bytes {}–{}", range.start + 1, range.end),
    }
}

/// One piece of output, linked to its bytes.
pub fn piece(
    run: &Run,
    piece: &OutPiece,
    lane: &str,
    lit: Option<&Range<usize>>,
    on_inspect: &Callback<Option<Inspect>>,
) -> Html {
    let source = hex_list(run.bytes.get(piece.bytes.clone()).unwrap_or(&[]));
    let label = match piece.kind {
        PieceKind::Replacement => format!(
            "U+FFFD in the {lane}: it stands for {} ({source}), which {} not a whole character here.",
            bytes_words(&piece.bytes),
            if piece.bytes.len() == 1 { "is" } else { "are" }
        ),
        PieceKind::LoneSurrogate => format!(
            "A lone surrogate in the {lane} (shown as U+FFFD): half of a UTF-16 pair, from {} ({source}).",
            bytes_words(&piece.bytes)
        ),
        PieceKind::Char => format!(
            "{} in the {lane}, from {} ({source}).",
            js_quote(&piece.text),
            bytes_words(&piece.bytes)
        ),
    };
    let inspect = Inspect::Bytes {
        range: piece.bytes.clone(),
        label: label.clone(),
    };
    let enter = {
        let on_inspect = on_inspect.clone();
        let inspect = inspect.clone();
        Callback::from(move |_: MouseEvent| on_inspect.emit(Some(inspect.clone())))
    };
    let focus = {
        let on_inspect = on_inspect.clone();
        Callback::from(move |_: FocusEvent| on_inspect.emit(Some(inspect.clone())))
    };
    let leave = {
        let on_inspect = on_inspect.clone();
        Callback::from(move |_: MouseEvent| on_inspect.emit(None))
    };
    let is_lit = lit.is_some_and(|lit| overlaps(lit, &piece.bytes));
    match piece.kind {
        PieceKind::Replacement | PieceKind::LoneSurrogate => html! {
            <span class={classes!("piece", "fffd", (piece.kind == PieceKind::LoneSurrogate).then_some("lone"), is_lit.then_some("lit"))}
                tabindex="0" role="img" aria-label={label.clone()} title={label}
                onmouseenter={enter} onmouseleave={leave} onfocus={focus}>
                <span class="fffd-char" aria-hidden="true">{"\u{FFFD}"}</span>
                <span class="fffd-bytes" aria-hidden="true">{ if piece.kind == PieceKind::LoneSurrogate { format!("lone {source}") } else { source } }</span>
            </span>
        },
        PieceKind::Char => {
            let shown = match piece.text.as_str() {
                " " => "␣".to_string(),
                "\n" => "⏎".to_string(),
                text => text.to_string(),
            };
            html! {
                <span class={classes!("piece", (piece.text == " ").then_some("ws"), is_lit.then_some("lit"))}
                    title={label} onmouseenter={enter} onmouseleave={leave}>{shown}</span>
            }
        }
    }
}

fn output(
    run: &Run,
    pieces: &[OutPiece],
    lane: &str,
    lit: Option<&Range<usize>>,
    on_inspect: &Callback<Option<Inspect>>,
) -> Html {
    html! {
        <span class="out">
            <span class="quote" aria-hidden="true">{"\""}</span>
            { for pieces.iter().map(|p| piece(run, p, lane, lit, on_inspect)) }
            <span class="quote" aria-hidden="true">{"\""}</span>
        </span>
    }
}

fn held_pocket(call: &DecoderCall) -> Html {
    if call.held.is_empty() {
        return html! {};
    }
    html! {
        <div class="held-pocket" title={hold_reason(call)}>
            <span class="held-tag">{"held"}</span>
            <code class="held-bytes">{hex_list(&call.held)}</code>
            <span class="held-why">{ match call.reason.as_deref() {
                Some("utf8-incomplete") => format!("{} more to come", call.needed),
                Some("base64-remainder") => format!("{} short of 3", call.needed),
                Some("utf16-odd-byte") => "half a code unit".to_string(),
                Some("utf16-high-surrogate") => "half a pair".to_string(),
                _ => "waiting".to_string(),
            } }</span>
        </div>
    }
}

/// The lanes panel.
pub fn lanes(
    run: &Run,
    position: usize,
    inspect: Option<&Inspect>,
    on_inspect: &Callback<Option<Inspect>>,
) -> Html {
    let story = &run.story;
    if run.bytes.is_empty() {
        return html! {
            <section class="panel bytes-lanes" aria-labelledby="bytes-lanes-title">
                <h3 id="bytes-lanes-title">{"Two ways to read the chunks"}</h3>
                <p class="lane-empty">{"No bytes, no chunks: type some text above."}</p>
            </section>
        };
    }
    let enc = run.setup.encoding.id();
    let lit = inspect.map(Inspect::range);
    let lit = lit.as_ref();
    let applied = |kind: StepKind| {
        story.steps[..position.min(story.steps.len())]
            .iter()
            .any(|(step, _)| *step == kind)
    };
    let current = position
        .checked_sub(1)
        .and_then(|step| story.steps.get(step))
        .map(|(kind, _)| *kind);
    let n_chunks = story.naive.len();
    let done = position >= story.steps.len() && !story.steps.is_empty();
    let whole = story.reading(run.setup.encoding);
    let verdict = |text: &str, replacements: usize| -> Html {
        let Some(whole) = whole else {
            return html! {};
        };
        if text == whole.text {
            html! { <span class="verdict verdict-ok">{"✓ same as reading the whole buffer"}</span> }
        } else if replacements > 0 {
            html! { <span class="verdict verdict-bad">{format!("✗ {replacements} × U+FFFD: the text is damaged")}</span> }
        } else {
            html! { <span class="verdict verdict-bad">{format!("✗ not what bytes.toString('{enc}') gives")}</span> }
        }
    };
    let columns = format!(
        "grid-template-columns: minmax(8.5rem, auto) repeat({n_chunks}, minmax(min-content, 1fr)) minmax(min-content, 0.7fr);"
    );
    let cell_class = |kind: StepKind, shown: bool| {
        classes!(
            "cell",
            (!shown).then_some("pending"),
            (current == Some(kind)).then_some("current")
        )
    };

    let mut cells: Vec<Html> = vec![html! { <div class="cell corner"></div> }];
    for (k, call) in story.naive.iter().enumerate() {
        let arrived = applied(StepKind::Naive(k));
        cells.push(html! {
            <div class={classes!("cell", "col-head", (!arrived).then_some("pending"))}>
                <strong>{format!("chunk {}", k + 1)}</strong>
                <small>{format!(" {}", bytes_words(&call.chunk))}</small>
            </div>
        });
    }
    cells.push(html! { <div class="cell col-head"><strong>{"end()"}</strong><small>{" no more bytes"}</small></div> });

    cells.push(html! {
        <div class="cell row-head lane-naive">
            <span class="lane-name">{"naive"}</span>
            <code>{format!("chunk.toString('{enc}')")}</code>
        </div>
    });
    for (k, call) in story.naive.iter().enumerate() {
        let shown = applied(StepKind::Naive(k));
        cells.push(html! {
            <div class={cell_class(StepKind::Naive(k), shown)} data-lane="naive" data-call={(k + 1).to_string()}>
                if shown { { output(run, &call.out.pieces, "naive lane", lit, on_inspect) } } else { <span class="waiting">{"…"}</span> }
            </div>
        });
    }
    cells.push(
        html! { <div class="cell cell-na"><span class="na">{"(nothing to flush)"}</span></div> },
    );

    cells.push(html! {
        <div class="cell row-head lane-decoder">
            <span class="lane-name">{"StringDecoder"}</span>
            <code>{"decoder.write(chunk)"}</code>
        </div>
    });
    for (k, call) in story.writes.iter().enumerate() {
        let shown = applied(StepKind::Write(k));
        cells.push(html! {
            <div class={cell_class(StepKind::Write(k), shown)} data-lane="decoder" data-call={(k + 1).to_string()}>
                if shown {
                    { output(run, &call.out.pieces, "decoder lane", lit, on_inspect) }
                    { held_pocket(call) }
                } else {
                    <span class="waiting">{"…"}</span>
                }
            </div>
        });
    }
    match &story.end {
        Some(call) => {
            let shown = applied(StepKind::End);
            cells.push(html! {
                <div class={cell_class(StepKind::End, shown)} data-lane="decoder" data-call="end">
                    if shown {
                        { output(run, &call.out.pieces, "decoder lane (end)", lit, on_inspect) }
                        if !call.held_before.is_empty() {
                            <small class="flushed">{format!("{} {}", if call.out.text.is_empty() { "dropped" } else { "flushed" }, hex_list(&call.held_before))}</small>
                        }
                    } else {
                        <span class="waiting">{"…"}</span>
                    }
                </div>
            });
        }
        None => cells.push(html! { <div class="cell"></div> }),
    }

    let naive_pieces: Vec<OutPiece> = story
        .naive
        .iter()
        .flat_map(|call| call.out.pieces.clone())
        .collect();
    let decoder_pieces: Vec<OutPiece> = story
        .writes
        .iter()
        .chain(story.end.iter())
        .flat_map(|call| call.out.pieces.clone())
        .collect();
    let naive_replacements = naive_pieces
        .iter()
        .filter(|p| p.kind == PieceKind::Replacement)
        .count();
    let decoder_replacements = decoder_pieces
        .iter()
        .filter(|p| p.kind == PieceKind::Replacement)
        .count();

    html! {
        <section class="panel bytes-lanes" aria-labelledby="bytes-lanes-title">
            <div class="panel-head">
                <h3 id="bytes-lanes-title">{"Two ways to read the chunks"}<small>{" each U+FFFD shows the bytes it replaced"}</small></h3>
            </div>
            <div class="lanes-scroll">
                <div class="lanes-grid" style={columns} role="group" aria-label="What each call returned, chunk by chunk">
                    { for cells }
                </div>
            </div>
            <dl class="lane-totals">
                <dt><span class="lane-name">{"naive"}</span>{" text += chunk.toString()"}</dt>
                <dd data-lane="naive">
                    if done { { output(run, &naive_pieces, "naive result", lit, on_inspect) }{ verdict(&story.naive_text(), naive_replacements) } } else { <span class="waiting">{"… after the last chunk"}</span> }
                </dd>
                <dt><span class="lane-name">{"StringDecoder"}</span>{" every write, then end()"}</dt>
                <dd data-lane="decoder">
                    if done { { output(run, &decoder_pieces, "decoder result", lit, on_inspect) }{ verdict(&story.decoder_text(), decoder_replacements) } } else { <span class="waiting">{"… after end()"}</span> }
                </dd>
            </dl>
        </section>
    }
}
