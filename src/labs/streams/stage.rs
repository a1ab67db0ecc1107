//! The pipeline drawing: each stream a pipe segment with its buffer as a gauge and its
//! highWaterMark as a line across it, the file on the left and the client on the right,
//! connectors where chunks move, flags where `write()` returned false or 'drain' came, and
//! paused, destroyed or errored streams drawn as such (with words, not colour alone).

use std::rc::Rc;

use yew::prelude::*;

use super::model::{
    format_bytes, format_rate, Mark, Role, StreamInfo, StreamState, StreamsState, StreamsTrace,
};

#[derive(Properties, PartialEq)]
pub struct StageProps {
    pub model: Rc<StreamsTrace>,
    pub state: Rc<StreamsState>,
    /// Steps applied; keys the moving chunk so that each step replays it.
    pub position: usize,
    /// The virtual file's size, for the disk end.
    pub file_bytes: u64,
    pub file_name: AttrValue,
    /// Movement off (playing fast, or the reader prefers reduced motion).
    pub still: bool,
}

#[derive(Properties, PartialEq)]
struct GaugeProps {
    label: &'static str,
    stream: AttrValue,
    length: u64,
    hwm: u64,
    /// The gauge's full height in bytes.
    scale: u64,
}

#[function_component(Gauge)]
fn gauge(props: &GaugeProps) -> Html {
    let scale = props.scale.max(1) as f64;
    let fill = (props.length as f64 / scale * 100.0).min(100.0);
    let hwm_at = (props.hwm as f64 / scale * 100.0).min(100.0);
    let over = props.hwm > 0 && props.length >= props.hwm;
    let tip = format!(
        "{} of {}: {} buffered, highWaterMark {}",
        props.label,
        props.stream,
        format_bytes(props.length),
        format_bytes(props.hwm)
    );
    html! {
        <div class={classes!("gauge-box", over.then_some("gauge-over"))}>
            <div class="gauge" role="meter" aria-label={tip.clone()} title={tip}
                 aria-valuemin="0" aria-valuemax={props.scale.to_string()} aria-valuenow={props.length.to_string()}>
                <div class="gauge-fill" style={format!("height: {fill:.2}%")}></div>
                if props.hwm > 0 {
                    <div class="gauge-hwm" style={format!("bottom: {hwm_at:.2}%")}>
                        <span class="gauge-hwm-label">{"hwm"}</span>
                    </div>
                }
            </div>
            <div class="gauge-caption">
                <span class="gauge-name">{props.label}</span>
                <span class="gauge-value">{format_bytes(props.length)}</span>
                if props.hwm > 0 {
                    <span class="gauge-limit">{ format!("hwm {}", format_bytes(props.hwm)) }</span>
                }
                if over {
                    <span class="gauge-warn">{"≥ hwm"}</span>
                }
            </div>
        </div>
    }
}

/// The words drawn on a stage for its state (each state also has its own style).
fn badges(stream: &StreamState, info: &StreamInfo) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if stream.destroyed {
        out.push(("badge-destroyed", "destroyed".to_string()));
    } else if stream.paused && info.readable && !stream.ended {
        out.push(("badge-paused", "⏸ paused".to_string()));
    } else if stream.flowing && info.readable && !stream.ended {
        out.push(("badge-flowing", "▶ flowing".to_string()));
    }
    if stream.ended {
        out.push(("badge-done", "'end'".to_string()));
    }
    if stream.finished {
        out.push(("badge-done", "'finish'".to_string()));
    } else if stream.ending && !stream.destroyed {
        out.push(("badge-done", "ending".to_string()));
    }
    if stream.closed {
        out.push(("badge-done", "closed".to_string()));
    }
    if let Some(error) = &stream.error {
        // The code is enough on the card; the narration has the message.
        let code = error.split(':').next().unwrap_or(error);
        out.push(("badge-error", format!("error {code}")));
    }
    out
}

fn flag(mark: Option<&Mark>, id: u64) -> Option<(&'static str, &'static str)> {
    match mark? {
        Mark::WriteFalse { id: at } if *at == id => Some(("flag-false", "write() → false")),
        Mark::Drain { id: at } if *at == id => Some(("flag-drain", "'drain'")),
        Mark::Pause { id: at } if *at == id => Some(("flag-pause", "pause()")),
        Mark::Resume { id: at } if *at == id => Some(("flag-resume", "resume()")),
        Mark::Error { id: at } if *at == id => Some(("flag-error", "'error'")),
        Mark::Destroy { id: at } if *at == id => Some(("flag-error", "destroy()")),
        _ => None,
    }
}

fn stage_card(props: &StageProps, info: &StreamInfo) -> Html {
    let default = StreamState::default();
    let stream = props.state.streams.get(&info.id).unwrap_or(&default);
    let (peak_readable, peak_writable) =
        props.model.peaks.get(&info.id).copied().unwrap_or_default();
    let scale_of = |peak: u64, hwm: u64| peak.max(hwm.saturating_mul(2)).max(1);
    let mark = props.state.mark.as_ref();
    let flag = flag(mark, info.id);
    let (now, overall) = props.model.throughput(info.id, props.state.t);
    let busy = props.state.busy_for(&info.name).map(str::to_string);
    let role_word = match info.role {
        Role::Source => "readable",
        Role::Transform => "transform",
        Role::Sink => "writable",
    };
    let classes = classes!(
        "pipe-stage",
        format!("role-{role_word}"),
        (stream.paused && info.readable && !stream.ended && !stream.destroyed)
            .then_some("is-paused"),
        stream.destroyed.then_some("is-destroyed"),
        stream.error.is_some().then_some("is-errored"),
        stream.need_drain.then_some("needs-drain"),
    );
    html! {
        <section class={classes}
                 data-stream-id={info.id.to_string()}
                 data-name={info.name.clone()}
                 data-readable-length={stream.readable_length.to_string()}
                 data-writable-length={stream.writable_length.to_string()}
                 data-paused={stream.paused.to_string()}
                 data-destroyed={stream.destroyed.to_string()}
                 aria-label={format!("{} ({role_word} stream)", info.name)}>
            <header class="stage-head">
                <span class="stage-name">{&info.name}</span>
                <span class="stage-role">{role_word}</span>
            </header>
            <div class="gauges">
                if info.writable {
                    <Gauge label="write buffer" stream={info.name.clone()} length={stream.writable_length}
                           hwm={stream.writable_hwm} scale={scale_of(peak_writable, stream.writable_hwm)} />
                }
                if info.readable {
                    <Gauge label="read buffer" stream={info.name.clone()} length={stream.readable_length}
                           hwm={stream.readable_hwm} scale={scale_of(peak_readable, stream.readable_hwm)} />
                }
            </div>
            <div class="stage-badges">
                { for badges(stream, info).into_iter().map(|(class, word)| html! { <span class={classes!("stage-badge", class)}>{word}</span> }) }
                if let Some(work) = busy {
                    <span class="stage-badge badge-busy" title="threadpool work in flight">{ format!("⚙ {work}") }</span>
                }
            </div>
            if let Some((class, word)) = flag {
                <div class={classes!("stage-flag", class)} role="status">{word}</div>
            }
            <p class="stage-counts">
                if info.writable {
                    <span title="write() calls that returned false">{"write() false "}<b class="count-false">{stream.writes_false}</b></span>
                    <span title="'drain' events">{" · 'drain' "}<b class="count-drain">{stream.drains}</b></span>
                }
                if info.readable && !info.writable {
                    <span title="times it was paused">{"pauses "}<b class="count-pause">{stream.pauses}</b></span>
                }
            </p>
            <p class="stage-rate" title="bytes passed on per second of simulated time: now (a sliding window) and over the stage's active time">
                { if now > 0.0 || overall > 0.0 { format!("{} now · {} avg", format_rate(now), format_rate(overall)) } else { "—".to_string() } }
            </p>
        </section>
    }
}

fn connector(active: bool, by_hand: bool, label: Option<String>, key: String, still: bool) -> Html {
    html! {
        <div class={classes!("pipe-link", active.then_some("link-active"), by_hand.then_some("link-by-hand"))} aria-hidden="true">
            <div class="link-line"></div>
            if active && !still {
                <div class="link-chunk" key={key}></div>
            }
            if let Some(label) = label {
                <span class="link-label">{label}</span>
            }
        </div>
    }
}

#[function_component(PipelineStage)]
pub fn pipeline_stage(props: &StageProps) -> Html {
    let model = &props.model;
    let state = &props.state;
    let mark = state.mark.as_ref();
    let rows = model.rows();
    let read_file = state.read_files.last();
    let moving_from = match mark {
        Some(Mark::Data { id, .. }) => Some(*id),
        _ => None,
    };
    let key = props.position.to_string();

    let row_view = |row: usize| -> Html {
        let stages: Vec<&StreamInfo> = model
            .streams
            .iter()
            .filter(|info| info.row == row)
            .collect();
        let Some(first) = stages.first() else {
            return html! {};
        };
        let last = stages[stages.len() - 1];
        let from_file = first.name.starts_with("ReadStream ")
            || (first.role == Role::Sink && model.read_file_peak > 0);
        let client = last
            .name
            .strip_prefix("res #")
            .and_then(|n| n.parse::<u32>().ok());
        let first_state = state.streams.get(&first.id);
        let reading = state.busy_for(&first.name).is_some()
            || state
                .pool
                .iter()
                .any(|(_, label)| label.starts_with("read ") && first.role == Role::Sink);
        let read_so_far = if first.role == Role::Source {
            first_state.map_or(0, |s| s.bytes_out + s.readable_length)
        } else {
            0
        };
        html! {
            <div class="pipe-row" key={row.to_string()}>
                if from_file {
                    <div class="endpoint endpoint-file" aria-label="the file on disk">
                        <span class="endpoint-kind">{"disk"}</span>
                        <span class="endpoint-name">{&props.file_name}</span>
                        <span class="endpoint-detail">{format_bytes(props.file_bytes)}</span>
                        if first.role == Role::Source {
                            <span class="endpoint-detail">{ format!("read {}", format_bytes(read_so_far.min(props.file_bytes))) }</span>
                        }
                    </div>
                    { connector(reading, false, reading.then(|| "read".to_string()), format!("{key}-disk"), props.still) }
                }
                if first.role == Role::Sink && model.read_file_peak > 0 {
                    <section class={classes!("pipe-stage", "role-readfile", read_file.is_some_and(|f| f.delivered).then_some("is-delivered"))}
                             data-read-file-held={read_file.map_or(0, |f| f.held).to_string()}
                             aria-label="fs.readFile's buffer">
                        <header class="stage-head">
                            <span class="stage-name">{"fs.readFile"}</span>
                            <span class="stage-role">{"one Buffer"}</span>
                        </header>
                        <div class="gauges">
                            <Gauge label="whole file" stream="fs.readFile" length={read_file.map_or(0, |f| f.held)} hwm={0} scale={model.read_file_peak} />
                        </div>
                        <div class="stage-badges">
                            { match read_file {
                                Some(file) if file.delivered => html! { <span class="stage-badge badge-done">{"handed to the callback"}</span> },
                                Some(_) => html! { <span class="stage-badge badge-busy">{"⚙ reading the whole file"}</span> },
                                None => html! {},
                            } }
                        </div>
                    </section>
                    { connector(read_file.is_some_and(|f| f.delivered) && first_state.is_some_and(|s| s.writable_length > 0), false, None, format!("{key}-rf"), props.still) }
                }
                { for stages.iter().enumerate().map(|(index, info)| {
                    let next = stages.get(index + 1);
                    let edge = next.and_then(|next| model.edges.iter().find(|edge| edge.from == info.id && edge.to == next.id));
                    html! {
                        <>
                            { stage_card(props, info) }
                            if let Some(next) = next {
                                { connector(
                                    moving_from == Some(info.id),
                                    edge.is_some_and(|edge| edge.by_hand),
                                    Some(if edge.is_some_and(|edge| edge.by_hand) { "on('data') → write()".to_string() } else { "pipe".to_string() }),
                                    format!("{key}-{}-{}", info.id, next.id),
                                    props.still,
                                ) }
                            }
                        </>
                    }
                }) }
                if let Some(index) = client {
                    { client_end(props, index, last, &key) }
                }
            </div>
        }
    };

    html! {
        <div class="pipes" role="group" aria-label="The streams of the run">
            if model.streams.is_empty() {
                <p class="lane-empty">{"No stream moved any data in this run."}</p>
            }
            { for (0..rows).map(row_view) }
        </div>
    }
}

fn client_end(props: &StageProps, index: u32, sink: &StreamInfo, key: &str) -> Html {
    let state = &props.state;
    let client = state.clients.get(&index);
    let sending = state
        .streams
        .get(&sink.id)
        .is_some_and(|s| s.writable_length > 0 && !s.destroyed)
        && client.is_some_and(|c| c.connected);
    let hung_up = client.is_some_and(|c| c.hung_up);
    html! {
        <>
            { connector(sending, false, sending.then(|| "network".to_string()), format!("{key}-net-{index}"), props.still) }
            <div class={classes!("endpoint", "endpoint-client", hung_up.then_some("client-gone"))}
                 data-client={index.to_string()}
                 data-received={client.map_or(0, |c| c.received).to_string()}
                 aria-label={format!("client {index}")}>
                <span class="endpoint-kind">{ format!("client {index}") }</span>
                if let Some(client) = client {
                    <span class="endpoint-name">{ format!("GET {}", client.path) }</span>
                    <span class="endpoint-detail">{ format!("received {}", format_bytes(client.received)) }</span>
                    <span class="endpoint-detail">{ format!("at {}", format_rate(client.bandwidth)) }</span>
                    if client.hung_up {
                        <span class="endpoint-state state-gone">{"✕ hung up"}</span>
                    } else if client.closed {
                        <span class="endpoint-state state-done">{"✓ done"}</span>
                    } else if let Some(after) = client.disconnect_after {
                        <span class="endpoint-detail">{ format!("hangs up after {}", format_bytes(after as u64)) }</span>
                    }
                } else {
                    <span class="endpoint-detail">{"not connected yet"}</span>
                }
            </div>
        </>
    }
}
