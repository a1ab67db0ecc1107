//! The lab's other panels: the Node program the setup stands for and what it printed, the
//! same bytes read whole in every encoding, and what the text costs as a string and as bytes.

use yew::prelude::*;

use super::lanes::piece;
use super::setup::Encoding;
use super::story::StepKind;
use super::{Inspect, Run};
use crate::highlight;

/// The program, with the line of the current step marked, and its console so far.
pub fn program_panel(run: &Run, position: usize) -> Html {
    let story = &run.story;
    let marker = position
        .checked_sub(1)
        .and_then(|step| story.steps.get(step))
        .map(|(kind, _)| match kind {
            StepKind::Naive(_) => "chunk.toString(",
            StepKind::Write(_) => "decoder.write(",
            StepKind::End => "decoder.end()",
        });
    let lines = highlight::lines(&run.program);
    let marked_line =
        marker.and_then(|marker| run.program.lines().position(|line| line.contains(marker)));
    let console = story.console_at(position);
    let newest_step_event = position
        .checked_sub(1)
        .and_then(|step| story.steps.get(step))
        .map(|(_, event)| *event);
    html! {
        <section class="panel bytes-program" aria-labelledby="bytes-program-title">
            <div class="panel-head">
                <h3 id="bytes-program-title">{"The Node program"}<small>{" run on simulated Node v20; the lanes are its trace"}</small></h3>
            </div>
            <pre class="program" aria-label="The equivalent Node program"><code>
                { for lines.iter().enumerate().map(|(index, tokens)| html! {
                    <span class={classes!("code-line", (marked_line == Some(index)).then_some("line-running"))}>
                        { for tokens.iter().map(|token| html! { <span class={token.kind.class()}>{&token.text}</span> }) }
                        {"\n"}
                    </span>
                }) }
            </code></pre>
            <h4 class="console-title">{"Console"}</h4>
            <ol class="console bytes-console" aria-label="Console output">
                { for console.iter().map(|line| {
                    let newest = newest_step_event.is_some_and(|event| line.event > event);
                    html! {
                        <li class={classes!("console-line", line.stderr.then_some("stderr"), newest.then_some("console-new"))}>
                            <span class="console-text">{line.text.trim_end_matches('\n')}</span>
                        </li>
                    }
                }) }
            </ol>
            if run.exit_code != 0 && story.error.is_none() {
                <p class="run-stopped">{format!("exit code {}: {}", run.exit_code, run.stderr.lines().find(|line| line.contains("Error")).unwrap_or(""))}</p>
            }
        </section>
    }
}

/// The whole buffer read in each encoding: the last lines the program prints.
pub fn readings_panel(
    run: &Run,
    inspect: Option<&Inspect>,
    on_inspect: &Callback<Option<Inspect>>,
) -> Html {
    let lit = inspect.map(Inspect::range);
    html! {
        <section class="panel bytes-readings" aria-labelledby="bytes-readings-title">
            <div class="panel-head">
                <h3 id="bytes-readings-title">{"The same bytes, read whole in each encoding"}<small>{" bytes.toString(encoding)"}</small></h3>
            </div>
            <table class="readings">
                <thead>
                    <tr><th scope="col">{"encoding"}</th><th scope="col">{"what the bytes read as"}</th><th scope="col" class="num">{".length"}</th></tr>
                </thead>
                <tbody>
                    { for Encoding::ALL.iter().map(|&encoding| {
                        let chosen = encoding == run.setup.encoding;
                        match run.story.reading(encoding) {
                            Some(reading) => html! {
                                <tr class={classes!(chosen.then_some("reading-chosen"))}>
                                    <th scope="row">
                                        {encoding.id()}
                                        if chosen { <span class="reading-tag">{"lanes"}</span> }
                                        <small class="reading-summary">{encoding.summary()}</small>
                                    </th>
                                    <td class="reading-text">
                                        <span class="out">
                                            { for reading.pieces.iter().map(|p| piece(run, p, &format!("{} reading", encoding.id()), lit.as_ref(), on_inspect)) }
                                        </span>
                                    </td>
                                    <td class="num">{reading.units}</td>
                                </tr>
                            },
                            None => html! {},
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// String length against byte length, and why binary data belongs in Buffers.
pub fn cost_panel(run: &Run) -> Html {
    let n_bytes = run.bytes.len();
    let utf8 = run.story.reading(Encoding::Utf8);
    let units = utf8.map_or(0, |reading| reading.units);
    let text = utf8.map(|reading| reading.text.clone()).unwrap_or_default();
    let code_points = text.chars().count();
    let one_byte = text.chars().all(|c| (c as u32) <= 0xFF);
    let string_bytes = if one_byte { units } else { units * 2 };
    let round_trip = text.len();
    html! {
        <section class="panel bytes-cost" aria-labelledby="bytes-cost-title">
            <div class="panel-head">
                <h3 id="bytes-cost-title">{"What it costs"}<small>{" as bytes and as a string"}</small></h3>
            </div>
            <dl class="cost">
                <dt>{"Buffer.byteLength"}</dt><dd><strong>{n_bytes}</strong>{" bytes"}</dd>
                <dt><code>{"str.length"}</code></dt><dd><strong>{units}</strong>{" UTF-16 code units"}</dd>
                <dt>{"code points"}</dt><dd><strong>{code_points}</strong><small>{" [...str].length"}</small></dd>
                <dt>{"what you see"}</dt><dd><strong>{run.graphemes.len()}</strong>{" characters"}</dd>
                <dt>{"string in V8"}</dt>
                <dd><strong>{format!("≈ {string_bytes}")}</strong>{ if one_byte { " bytes: every character fits in Latin-1, 1 byte each" } else { " bytes: 2 per code unit, as some character is above U+00FF" } }</dd>
                if round_trip != n_bytes {
                    <dt>{"round trip"}</dt>
                    <dd class="cost-warn">{format!("Buffer.from(bytes.toString()) is {round_trip} bytes, not {n_bytes}: decoding replaced bytes, and they cannot come back")}</dd>
                }
            </dl>
            <p class="cost-note">
                <strong>{"Collect Buffers, decode once. "}</strong>
                {"`body += chunk` calls chunk.toString() on each chunk alone: a character cut at a chunk edge turns into U+FFFD (the naive lane), and binary data (images, gzip, anything that is not text) does not survive a trip through a string at all. Push the chunks into an array and call "}
                <code>{"Buffer.concat(chunks)"}</code>
                {" once at the end: the bytes are copied once and never decoded. To decode as you go, use a StringDecoder (readable.setEncoding() does). Speed is not the main argument: V8 builds += results as ropes, so the joins themselves are cheap; the damage to the bytes is."}
            </p>
            <p class="cost-model"><small>{"The V8 string size is approximate: object headers are left out."}</small></p>
        </section>
    }
}
