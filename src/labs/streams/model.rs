//! What the streams lab shows, rebuilt from an engine trace: the streams and how they connect,
//! the lab's steps (the events that change something visible), and the state after any step
//! (buffer lengths, paused or flowing, destroyed, bytes through, the simulated clients, memory).
//! Pure data over `nodescope_engine::Trace`, with no UI imports, so it is tested natively.

use std::collections::BTreeMap;

use nodescope_engine::trace::OutputStream;
use nodescope_engine::{Event, EventKind, Trace};
use serde::Serialize;
use serde_json::Value;

/// How a stream is drawn: where data enters the pipeline, passes through, or leaves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Source,
    Transform,
    Sink,
}

/// A stream of the run, as created.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StreamInfo {
    pub id: u64,
    /// Its latest name (`ReadStream big.log`, `Gzip`, `res #1`).
    pub name: String,
    pub role: Role,
    pub readable: bool,
    pub writable: bool,
    pub object_mode: bool,
    /// The chain (row) it is drawn in, and its place in that chain.
    pub row: usize,
    pub column: usize,
}

/// A connection between two streams: `.pipe()` (also what `pipeline()` uses), or data moved by
/// hand (a `'data'` handler that calls `write()`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    pub from: u64,
    pub to: u64,
    pub by_hand: bool,
}

/// One stream's state after a step.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct StreamState {
    pub readable_length: u64,
    pub writable_length: u64,
    pub readable_hwm: u64,
    pub writable_hwm: u64,
    /// `pause()` took effect and no `resume()` since.
    pub paused: bool,
    /// Data flows out through 'data' events (resumed at least once).
    pub flowing: bool,
    /// `end()` was called on the writable side.
    pub ending: bool,
    pub finished: bool,
    /// The readable side emitted 'end'.
    pub ended: bool,
    pub destroyed: bool,
    pub closed: bool,
    pub error: Option<String>,
    /// Bytes that left through 'data' events.
    pub bytes_out: u64,
    /// Bytes given to `write()`.
    pub bytes_in: u64,
    pub writes_false: u32,
    pub drains: u32,
    pub pauses: u32,
    /// The last `write()` returned false and no 'drain' came yet.
    pub need_drain: bool,
}

/// A simulated client of the server.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct ClientState {
    pub index: u32,
    pub path: String,
    pub bandwidth: f64,
    pub disconnect_after: Option<f64>,
    pub received: u64,
    pub connected: bool,
    pub hung_up: bool,
    pub closed: bool,
}

/// What the current step did, for the flags drawn on the stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mark {
    WriteFalse { id: u64 },
    WriteTrue { id: u64 },
    Drain { id: u64 },
    Pause { id: u64 },
    Resume { id: u64 },
    Data { id: u64, bytes: u64 },
    Error { id: u64 },
    Destroy { id: u64 },
    Hangup { client: u32 },
    Other,
}

/// Memory held by an `fs.readFile` in progress (the whole file, allocated up front).
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct ReadFileState {
    pub name: String,
    pub held: u64,
    pub delivered: bool,
}

/// Everything the lab draws for one step.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct StreamsState {
    /// Steps applied (0: before the first).
    pub step: usize,
    /// Simulated time, ns since the process started.
    pub t: u64,
    pub streams: BTreeMap<u64, StreamState>,
    pub clients: BTreeMap<u32, ClientState>,
    pub read_files: Vec<ReadFileState>,
    /// Threadpool work in flight: (request id, label), e.g. `read big.log`, `Gzip 65536 bytes`.
    pub pool: Vec<(u64, String)>,
    /// Bytes the runtime accounts as alive in buffers (the memory chart's value).
    pub memory: u64,
    pub memory_peak: u64,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: Option<i32>,
    pub error: Option<String>,
    pub mark: Option<Mark>,
}

/// One point of a per-stage byte counter over simulated time.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Sample {
    pub t: u64,
    pub bytes: u64,
}

/// A trace, read for the streams lab.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamsTrace {
    /// The streams worth drawing (those that moved data), by row then column.
    pub streams: Vec<StreamInfo>,
    pub edges: Vec<Edge>,
    /// The lab's steps, as indices of `trace.events`.
    pub steps: Vec<usize>,
    /// Memory after every change.
    pub memory: Vec<Sample>,
    /// The bytes each stage has passed on, over time (for throughput), by stream id.
    pub progress: BTreeMap<u64, Vec<Sample>>,
    /// The largest each buffer ever got, by stream id: (readable, writable). The gauges use it
    /// as their scale, so that a scale never changes while a run plays.
    pub peaks: BTreeMap<u64, (u64, u64)>,
    /// The most memory an `fs.readFile` held at once.
    pub read_file_peak: u64,
    /// The heap limit of the run.
    pub heap_limit: u64,
    pub t_start: u64,
    pub t_end: u64,
    checkpoints: Vec<StreamsState>,
}

/// Steps between two saved states.
const CHECKPOINT_EVERY: usize = 128;

fn num(data: &Value, key: &str) -> u64 {
    data.get(key)
        .and_then(Value::as_f64)
        .map_or(0, |n| n.max(0.0) as u64)
}

fn text(data: &Value, key: &str) -> String {
    data.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Whether an event is one of the lab's steps (anything else folds into the step before it).
fn is_step(event: &Event) -> bool {
    match &event.kind {
        EventKind::Module { module, name, .. } => match module.as_str() {
            "stream" => !matches!(name.as_str(), "push" | "create"),
            "net" | "http" => true,
            _ => false,
        },
        EventKind::Output { .. } | EventKind::Error { .. } | EventKind::Exit { .. } => true,
        _ => false,
    }
}

impl StreamsTrace {
    pub fn new(trace: &Trace) -> Self {
        let mut streams: BTreeMap<u64, StreamInfo> = BTreeMap::new();
        let mut moved: BTreeMap<u64, bool> = BTreeMap::new();
        let mut edges: Vec<Edge> = Vec::new();
        let mut steps = Vec::new();
        let mut memory = Vec::new();
        let mut progress: BTreeMap<u64, Vec<Sample>> = BTreeMap::new();
        let mut counters: BTreeMap<u64, u64> = BTreeMap::new();
        let mut heap_limit = 0;
        let mut last_data: Option<u64> = None;
        let mut peaks: BTreeMap<u64, (u64, u64)> = BTreeMap::new();
        let mut read_file_peak = 0;
        for (index, event) in trace.events.iter().enumerate() {
            if is_step(event) {
                steps.push(index);
            }
            let EventKind::Module { module, name, data } = &event.kind else {
                continue;
            };
            let id = num(data, "id");
            match (module.as_str(), name.as_str()) {
                ("memory", "change") => {
                    heap_limit = num(data, "limit");
                    memory.push(Sample {
                        t: event.t,
                        bytes: num(data, "bytes"),
                    });
                    if text(data, "what").starts_with("fs.readFile") {
                        read_file_peak = read_file_peak.max(num(data, "delta"));
                    }
                }
                ("stream", "create") => {
                    let readable = data
                        .get("readable")
                        .and_then(Value::as_bool)
                        .unwrap_or(false);
                    let writable = data
                        .get("writable")
                        .and_then(Value::as_bool)
                        .unwrap_or(false);
                    let object_mode = data
                        .get("readableObjectMode")
                        .and_then(Value::as_bool)
                        .unwrap_or(false)
                        || data
                            .get("writableObjectMode")
                            .and_then(Value::as_bool)
                            .unwrap_or(false);
                    let role = match (readable, writable) {
                        (true, false) => Role::Source,
                        (false, true) => Role::Sink,
                        _ => Role::Transform,
                    };
                    streams.insert(
                        id,
                        StreamInfo {
                            id,
                            name: text(data, "name"),
                            role,
                            readable,
                            writable,
                            object_mode,
                            row: 0,
                            column: 0,
                        },
                    );
                }
                ("stream", "pipe") => {
                    let to = num(data, "dest");
                    edges.retain(|edge| !(edge.from == id && edge.to == to));
                    edges.push(Edge {
                        from: id,
                        to,
                        by_hand: false,
                    });
                }
                ("stream", kind) => {
                    if let Some(info) = streams.get_mut(&id) {
                        info.name = text(data, "name");
                    }
                    let bytes = match kind {
                        "data" => num(data, "length"),
                        "write" => num(data, "chunk"),
                        "buffer" => num(data, "length"),
                        _ => 0,
                    };
                    if bytes > 0 {
                        moved.insert(id, true);
                    }
                    if kind == "buffer" {
                        let peak = peaks.entry(id).or_default();
                        if text(data, "side") == "writable" {
                            peak.1 = peak.1.max(bytes);
                        } else {
                            peak.0 = peak.0.max(bytes);
                        }
                    }
                    if kind == "data" {
                        last_data = Some(id);
                        let total = counters.entry(id).or_default();
                        *total += bytes;
                        progress.entry(id).or_default().push(Sample {
                            t: event.t,
                            bytes: *total,
                        });
                    }
                    if kind == "write" {
                        if let Some(from) = last_data.take() {
                            if from != id
                                && !edges.iter().any(|edge| edge.from == from && edge.to == id)
                                && !edges.iter().any(|edge| edge.from == from)
                            {
                                edges.push(Edge {
                                    from,
                                    to: id,
                                    by_hand: true,
                                });
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // Sinks pass data on when their writes complete: count what left their buffers.
        let mut written: BTreeMap<u64, (u64, u64)> = BTreeMap::new(); // id -> (bytes in, last length)
        for event in &trace.events {
            let EventKind::Module { module, name, data } = &event.kind else {
                continue;
            };
            if module != "stream" {
                continue;
            }
            let id = num(data, "id");
            if streams.get(&id).is_none_or(|info| info.role != Role::Sink) {
                continue;
            }
            let entry = written.entry(id).or_default();
            match name.as_str() {
                "write" => entry.0 += num(data, "chunk"),
                "buffer" if text(data, "side") == "writable" => {
                    let length = num(data, "length");
                    let done = entry.0.saturating_sub(length);
                    entry.1 = length;
                    let series = progress.entry(id).or_default();
                    if series.last().is_none_or(|last| last.bytes != done) {
                        series.push(Sample {
                            t: event.t,
                            bytes: done,
                        });
                    }
                }
                _ => {}
            }
        }
        // A response is drawn even before it moves data (an fs.readFile may be filling the memory).
        let shown: Vec<u64> = streams
            .iter()
            .filter(|(id, info)| moved.contains_key(id) || info.name.starts_with("res #"))
            .map(|(id, _)| *id)
            .collect();
        edges.retain(|edge| shown.contains(&edge.from) && shown.contains(&edge.to));
        let layout = layout(&shown, &edges, &streams);
        let mut drawn: Vec<StreamInfo> = Vec::new();
        for (id, (row, column)) in layout {
            if let Some(info) = streams.get(&id) {
                drawn.push(StreamInfo {
                    row,
                    column,
                    ..info.clone()
                });
            }
        }
        drawn.sort_by_key(|info| (info.row, info.column));
        let t_start = trace.events.first().map_or(0, |event| event.t);
        let t_end = trace.events.last().map_or(0, |event| event.t);

        let mut built = StreamsTrace {
            streams: drawn,
            edges,
            steps,
            memory,
            progress,
            peaks,
            read_file_peak,
            heap_limit,
            t_start,
            t_end,
            checkpoints: Vec::new(),
        };
        let mut state = StreamsState::default();
        let mut checkpoints = vec![state.clone()];
        for step in 0..built.steps.len() {
            built.apply_step(trace, &mut state, step);
            if (step + 1) % CHECKPOINT_EVERY == 0 {
                checkpoints.push(state.clone());
            }
        }
        built.checkpoints = checkpoints;
        built
    }

    /// The number of steps.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The events that make up step `step` (0-based): the step's own event and the ones after it
    /// up to the next step. The first step also takes every event before it.
    fn event_range(&self, trace: &Trace, step: usize) -> std::ops::Range<usize> {
        let start = if step == 0 { 0 } else { self.steps[step] };
        let end = self
            .steps
            .get(step + 1)
            .copied()
            .unwrap_or(trace.events.len());
        start..end
    }

    fn apply_step(&self, trace: &Trace, state: &mut StreamsState, step: usize) {
        state.step = step + 1;
        state.mark = None;
        for index in self.event_range(trace, step) {
            let event = &trace.events[index];
            let own = index == self.steps[step];
            apply(state, event, own);
        }
        if let Some(&index) = self.steps.get(step) {
            state.t = trace.events[index].t;
        }
    }

    /// The state after `n_steps` steps (0: before the first).
    pub fn state_after(&self, trace: &Trace, n_steps: usize) -> StreamsState {
        let n_steps = n_steps.min(self.steps.len());
        let checkpoint = (n_steps / CHECKPOINT_EVERY).min(self.checkpoints.len().saturating_sub(1));
        let mut state = self
            .checkpoints
            .get(checkpoint)
            .cloned()
            .unwrap_or_default();
        for step in checkpoint * CHECKPOINT_EVERY..n_steps {
            self.apply_step(trace, &mut state, step);
        }
        state
    }

    /// The trace event of step `n_steps` (the one just applied), if any.
    pub fn event_of<'a>(&self, trace: &'a Trace, n_steps: usize) -> Option<&'a Event> {
        n_steps
            .checked_sub(1)
            .and_then(|step| self.steps.get(step))
            .map(|&index| &trace.events[index])
    }

    /// The last step at or before simulated time `t` (for seeking from the chart).
    pub fn step_at_time(&self, trace: &Trace, t: u64) -> usize {
        self.steps
            .partition_point(|&index| trace.events[index].t <= t)
    }

    /// Bytes per second through a stage around time `t` (over a window of a twentieth of the
    /// run), and over its whole active time.
    pub fn throughput(&self, id: u64, t: u64) -> (f64, f64) {
        let Some(series) = self.progress.get(&id) else {
            return (0.0, 0.0);
        };
        let at = |time: u64| -> u64 {
            let i = series.partition_point(|sample| sample.t <= time);
            if i == 0 {
                0
            } else {
                series[i - 1].bytes
            }
        };
        let window = ((self.t_end.saturating_sub(self.t_start)) / 20).max(1_000_000);
        let now = at(t).saturating_sub(at(t.saturating_sub(window))) as f64 / (window as f64 / 1e9);
        let (first, last) = (
            series.first().map_or(0, |s| s.t),
            series.last().map_or(0, |s| s.t),
        );
        let total = series.last().map_or(0, |s| s.bytes) as f64;
        let overall = if last > first {
            total / ((last - first) as f64 / 1e9)
        } else {
            0.0
        };
        (now, overall)
    }

    /// The number of rows (chains) drawn.
    pub fn rows(&self) -> usize {
        self.streams
            .iter()
            .map(|info| info.row + 1)
            .max()
            .unwrap_or(0)
    }
}

impl StreamsState {
    /// The threadpool work in flight for a stream, judged by the labels the modules give it
    /// (`read big.log` for `ReadStream big.log`, `Gzip 65536 bytes` for `Gzip`).
    pub fn busy_for(&self, name: &str) -> Option<&str> {
        let file = name
            .strip_prefix("ReadStream ")
            .or_else(|| name.strip_prefix("WriteStream "));
        self.pool
            .iter()
            .map(|(_, label)| label.as_str())
            .find(|label| match file {
                Some(file) => {
                    label
                        .strip_prefix("read ")
                        .or_else(|| label.strip_prefix("write "))
                        == Some(file)
                }
                None => label.split(' ').next() == Some(name),
            })
    }
}

/// Places streams in rows (one per chain of connected streams) and columns (upstream first).
fn layout(
    shown: &[u64],
    edges: &[Edge],
    streams: &BTreeMap<u64, StreamInfo>,
) -> Vec<(u64, (usize, usize))> {
    let mut placed: BTreeMap<u64, (usize, usize)> = BTreeMap::new();
    let mut row = 0;
    let role_rank = |id: u64| match streams.get(&id).map(|info| info.role) {
        Some(Role::Source) => 0,
        Some(Role::Transform) => 1,
        _ => 2,
    };
    // Chains start at streams nothing flows into, sources first, in creation order.
    let mut starts: Vec<u64> = shown
        .iter()
        .copied()
        .filter(|id| !edges.iter().any(|edge| edge.to == *id))
        .collect();
    starts.sort_by_key(|&id| (role_rank(id), id));
    for start in starts {
        if placed.contains_key(&start) {
            continue;
        }
        let mut column = 0;
        let mut current = Some(start);
        while let Some(id) = current {
            if placed.contains_key(&id) {
                break;
            }
            placed.insert(id, (row, column));
            column += 1;
            current = edges
                .iter()
                .find(|edge| edge.from == id)
                .map(|edge| edge.to);
        }
        row += 1;
    }
    // Anything in a cycle or left over gets a row of its own.
    for &id in shown {
        if let std::collections::btree_map::Entry::Vacant(entry) = placed.entry(id) {
            entry.insert((row, 0));
            row += 1;
        }
    }
    placed.into_iter().collect()
}

fn client_of(data: &Value) -> u32 {
    num(data, "client") as u32
}

/// Applies one trace event; `own` is set for the step's own event (which sets the mark).
fn apply(state: &mut StreamsState, event: &Event, own: bool) {
    state.t = event.t;
    match &event.kind {
        EventKind::Module { module, name, data } => {
            let id = num(data, "id");
            match (module.as_str(), name.as_str()) {
                ("memory", "change") => {
                    state.memory = num(data, "bytes");
                    state.memory_peak = state.memory_peak.max(state.memory);
                    let what = text(data, "what");
                    if let Some(rest) = what.strip_prefix("fs.readFile ") {
                        let delta = data.get("delta").and_then(Value::as_f64).unwrap_or(0.0);
                        let (name, delivered) = match rest.strip_suffix(" delivered") {
                            Some(name) => (name.to_string(), true),
                            None => (rest.to_string(), false),
                        };
                        match state
                            .read_files
                            .iter_mut()
                            .rev()
                            .find(|file| file.name == name && !file.delivered)
                        {
                            Some(file) => {
                                file.held = (file.held as f64 + delta).max(0.0) as u64;
                                file.delivered = delivered;
                            }
                            None => state.read_files.push(ReadFileState {
                                name,
                                held: delta.max(0.0) as u64,
                                delivered,
                            }),
                        }
                    }
                }
                ("stream", kind) => {
                    let stream = state.streams.entry(id).or_default();
                    let mut mark = Mark::Other;
                    match kind {
                        "create" => {
                            stream.readable_hwm = num(data, "readableHighWaterMark");
                            stream.writable_hwm = num(data, "writableHighWaterMark");
                        }
                        "buffer" => {
                            let length = num(data, "length");
                            if text(data, "side") == "writable" {
                                stream.writable_length = length;
                                stream.writable_hwm = num(data, "highWaterMark");
                            } else {
                                stream.readable_length = length;
                                stream.readable_hwm = num(data, "highWaterMark");
                            }
                        }
                        "write" => {
                            let result =
                                data.get("result").and_then(Value::as_bool).unwrap_or(true);
                            stream.bytes_in += num(data, "chunk");
                            if !result {
                                stream.writes_false += 1;
                                stream.need_drain = true;
                                mark = Mark::WriteFalse { id };
                            } else {
                                mark = Mark::WriteTrue { id };
                            }
                        }
                        "data" => {
                            let bytes = num(data, "length");
                            stream.bytes_out += bytes;
                            stream.flowing = true;
                            mark = Mark::Data { id, bytes };
                        }
                        "pause" => {
                            stream.paused = true;
                            stream.pauses += 1;
                            mark = Mark::Pause { id };
                        }
                        "resume" => {
                            stream.paused = false;
                            stream.flowing = true;
                            mark = Mark::Resume { id };
                        }
                        "drain" => {
                            stream.drains += 1;
                            stream.need_drain = false;
                            mark = Mark::Drain { id };
                        }
                        "ending" => stream.ending = true,
                        "finish" => stream.finished = true,
                        "end" => stream.ended = true,
                        "error" => {
                            let error = data.get("error").cloned().unwrap_or(Value::Null);
                            let code = text(&error, "code");
                            let message = text(&error, "message");
                            stream.error = Some(if code.is_empty() {
                                message
                            } else {
                                format!("{code}: {message}")
                            });
                            mark = Mark::Error { id };
                        }
                        "destroy" => {
                            stream.destroyed = true;
                            if let Some(error) = data.get("error").filter(|error| !error.is_null())
                            {
                                let code = text(error, "code");
                                if stream.error.is_none() && !code.is_empty() {
                                    stream.error = Some(code);
                                }
                            }
                            mark = Mark::Destroy { id };
                        }
                        "close" => stream.closed = true,
                        _ => {}
                    }
                    if own {
                        state.mark = Some(mark);
                    }
                }
                ("net", kind) => {
                    let index = client_of(data);
                    match kind {
                        "connect" => {
                            state.clients.insert(
                                index,
                                ClientState {
                                    index,
                                    path: text(data, "path"),
                                    bandwidth: data
                                        .get("bandwidth")
                                        .and_then(Value::as_f64)
                                        .unwrap_or(0.0),
                                    disconnect_after: data
                                        .get("disconnectAfterBytes")
                                        .and_then(Value::as_f64),
                                    connected: true,
                                    ..ClientState::default()
                                },
                            );
                        }
                        "transfer" => {
                            if let Some(client) = state.clients.get_mut(&index) {
                                client.received = num(data, "total");
                            }
                        }
                        "hangup" => {
                            if let Some(client) = state.clients.get_mut(&index) {
                                client.received = num(data, "total");
                                client.hung_up = true;
                                client.connected = false;
                            }
                            if own {
                                state.mark = Some(Mark::Hangup { client: index });
                            }
                        }
                        "close" => {
                            if let Some(client) = state.clients.get_mut(&index) {
                                client.received = num(data, "total");
                                client.closed = true;
                                client.connected = false;
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        EventKind::PoolStart { req, label, .. } => state.pool.push((*req, label.clone())),
        EventKind::PoolDone { req, .. } => state.pool.retain(|(id, _)| id != req),
        EventKind::Output { stream, text } => match stream {
            OutputStream::Stdout => state.stdout.push_str(text),
            OutputStream::Stderr => state.stderr.push_str(text),
        },
        EventKind::Error { message } => state.error = Some(message.clone()),
        EventKind::Exit { code } => state.exit_code = Some(*code),
        _ => {}
    }
}

/// `12.3 MB`, `64 KiB`-style sizes for labels (binary units, as Node's defaults are).
pub fn format_bytes(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if b >= KIB * KIB * KIB {
        format!("{:.2} GiB", b / KIB / KIB / KIB)
    } else if b >= KIB * KIB {
        let mib = b / KIB / KIB;
        if mib >= 100.0 {
            format!("{mib:.0} MiB")
        } else {
            format!("{mib:.1} MiB")
        }
    } else if b >= KIB {
        let kib = b / KIB;
        if kib >= 100.0 || (kib - kib.round()).abs() < 0.05 {
            format!("{kib:.0} KiB")
        } else {
            format!("{kib:.1} KiB")
        }
    } else {
        format!("{bytes} B")
    }
}

/// `10 MB/s`-style rates (decimal units, as network speeds are quoted).
pub fn format_rate(bytes_per_sec: f64) -> String {
    if bytes_per_sec >= 1e9 {
        format!("{:.1} GB/s", bytes_per_sec / 1e9)
    } else if bytes_per_sec >= 1e6 {
        format!("{:.1} MB/s", bytes_per_sec / 1e6)
    } else if bytes_per_sec >= 1e3 {
        format!("{:.0} kB/s", bytes_per_sec / 1e3)
    } else {
        format!("{bytes_per_sec:.0} B/s")
    }
}

/// Simulated time for labels: `0.52 ms`, `1.234 s`.
pub fn format_time(ns: u64) -> String {
    let ms = ns as f64 / 1e6;
    if ms >= 1000.0 {
        format!("{:.3} s", ms / 1000.0)
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn module(t: u64, module: &str, name: &str, data: Value) -> Event {
        Event {
            t,
            kind: EventKind::Module {
                module: module.into(),
                name: name.into(),
                data,
            },
            note: String::new(),
        }
    }

    /// A file piped into a response: one chunk, a write that returns false, a pause, a drain.
    fn piped() -> Trace {
        let create = |id: u64, name: &str, readable: bool, writable: bool| {
            json!({ "id": id, "name": name, "readable": readable, "writable": writable,
                    "readableHighWaterMark": if readable { json!(65536) } else { Value::Null },
                    "writableHighWaterMark": if writable { json!(16384) } else { Value::Null } })
        };
        let events = vec![
            module(1, "stream", "create", create(1, "res #1", false, true)),
            module(
                2,
                "stream",
                "create",
                create(2, "ReadStream big.log", true, false),
            ),
            module(
                3,
                "stream",
                "pipe",
                json!({ "id": 2, "name": "ReadStream big.log", "dest": 1 }),
            ),
            module(
                4,
                "stream",
                "data",
                json!({ "id": 2, "name": "ReadStream big.log", "length": 65536 }),
            ),
            module(
                5,
                "stream",
                "buffer",
                json!({ "id": 1, "name": "res #1", "side": "writable", "length": 65536, "highWaterMark": 16384 }),
            ),
            module(
                5,
                "stream",
                "write",
                json!({ "id": 1, "name": "res #1", "chunk": 65536, "result": false, "length": 65536, "highWaterMark": 16384 }),
            ),
            module(
                5,
                "memory",
                "change",
                json!({ "bytes": 65536, "delta": 65536, "what": "res #1 buffers", "limit": 1000000 }),
            ),
            module(
                6,
                "stream",
                "pause",
                json!({ "id": 2, "name": "ReadStream big.log" }),
            ),
            module(
                7,
                "stream",
                "buffer",
                json!({ "id": 1, "name": "res #1", "side": "writable", "length": 0, "highWaterMark": 16384 }),
            ),
            module(
                7,
                "memory",
                "change",
                json!({ "bytes": 0, "delta": -65536, "what": "res #1 buffers", "limit": 1000000 }),
            ),
            module(8, "stream", "drain", json!({ "id": 1, "name": "res #1" })),
            Event {
                t: 9,
                kind: EventKind::Exit { code: 0 },
                note: String::new(),
            },
        ];
        Trace {
            events,
            ..Trace::default()
        }
    }

    #[test]
    fn streams_are_laid_out_upstream_first_and_steps_skip_bookkeeping() {
        let trace = piped();
        let lab = StreamsTrace::new(&trace);
        let names: Vec<&str> = lab.streams.iter().map(|info| info.name.as_str()).collect();
        assert_eq!(names, ["ReadStream big.log", "res #1"]);
        assert_eq!(
            lab.edges,
            vec![Edge {
                from: 2,
                to: 1,
                by_hand: false
            }]
        );
        // create ×2 and the memory changes are not steps; they fold into their neighbours.
        assert_eq!(lab.len(), 8);
        assert_eq!(lab.heap_limit, 1_000_000);
    }

    #[test]
    fn states_follow_the_events_and_seeking_matches_stepping() {
        let trace = piped();
        let lab = StreamsTrace::new(&trace);
        let after_write = lab.state_after(&trace, 4);
        assert_eq!(lab.event_of(&trace, 4).map(|event| event.t), Some(5));
        let res = &after_write.streams[&1];
        assert_eq!(
            (
                res.writable_length,
                res.writable_hwm,
                res.writes_false,
                res.need_drain
            ),
            (65536, 16384, 1, true)
        );
        assert_eq!(after_write.mark, Some(Mark::WriteFalse { id: 1 }));
        assert_eq!(after_write.memory, 65536);
        let end = lab.state_after(&trace, lab.len());
        assert!(end.streams[&2].paused);
        assert_eq!(end.streams[&1].drains, 1);
        assert!(!end.streams[&1].need_drain);
        assert_eq!(
            (end.memory, end.memory_peak, end.exit_code),
            (0, 65536, Some(0))
        );
        let mut stepped = StreamsState::default();
        for step in 0..lab.len() {
            lab.apply_step(&trace, &mut stepped, step);
            assert_eq!(stepped, lab.state_after(&trace, step + 1));
        }
    }

    #[test]
    fn data_written_by_hand_is_an_edge_too() {
        let events = vec![
            module(
                1,
                "stream",
                "create",
                json!({ "id": 1, "name": "res #1", "readable": false, "writable": true }),
            ),
            module(
                2,
                "stream",
                "create",
                json!({ "id": 2, "name": "ReadStream a", "readable": true, "writable": false }),
            ),
            module(
                3,
                "stream",
                "data",
                json!({ "id": 2, "name": "ReadStream a", "length": 10 }),
            ),
            module(
                3,
                "stream",
                "write",
                json!({ "id": 1, "name": "res #1", "chunk": 10, "result": true }),
            ),
        ];
        let lab = StreamsTrace::new(&Trace {
            events,
            ..Trace::default()
        });
        assert_eq!(
            lab.edges,
            vec![Edge {
                from: 2,
                to: 1,
                by_hand: true
            }]
        );
        assert_eq!(lab.rows(), 1);
    }

    #[test]
    fn throughput_and_memory_read_the_series() {
        let trace = piped();
        let lab = StreamsTrace::new(&trace);
        assert_eq!(
            lab.memory.iter().map(|s| s.bytes).collect::<Vec<_>>(),
            [65536, 0]
        );
        assert_eq!(lab.step_at_time(&trace, 5), 4);
        let (_, overall) = lab.throughput(2, 8);
        assert_eq!(overall, 0.0, "one sample has no duration");
    }

    #[test]
    fn sizes_and_rates_read_naturally() {
        assert_eq!(format_bytes(65536), "64 KiB");
        assert_eq!(format_bytes(16 * 1024 * 1024), "16.0 MiB");
        assert_eq!(format_bytes(1500), "1.5 KiB");
        assert_eq!(format_rate(10e6), "10.0 MB/s");
        assert_eq!(format_time(1_500_000), "1.50 ms");
    }
}

/// The scenarios, run through the engine as the page runs them: each shows what its
/// explanation promises.
#[cfg(test)]
mod scenario_tests {
    use super::super::scenarios::{self, Knobs};
    use super::*;

    fn run(id: &str, knobs: Knobs) -> (Trace, StreamsTrace, nodescope_engine::RunResult) {
        let scenario = scenarios::find(id).unwrap();
        let result = nodescope_engine::run(&scenario.code(knobs), &scenarios::options(knobs));
        let trace = result.trace.clone();
        let model = StreamsTrace::new(&trace);
        (trace, model, result)
    }

    fn small(id: &str) -> Knobs {
        Knobs {
            file_mib: 1,
            ..Knobs::defaults_for(scenarios::find(id).unwrap())
        }
    }

    fn peak(model: &StreamsTrace) -> u64 {
        model.memory.iter().map(|s| s.bytes).max().unwrap_or(0)
    }

    #[test]
    fn read_file_holds_the_whole_file_and_dies_past_the_heap_limit() {
        let (_, model, result) = run("read-file", small("read-file"));
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        assert_eq!(peak(&model), 1024 * 1024);
        let (trace, _, result) = run(
            "read-file",
            Knobs {
                file_mib: 16,
                heap_mib: 8,
                ..Knobs::default()
            },
        );
        assert_eq!(result.exit_code, 134);
        assert!(result.stderr.contains(
            "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
        ));
        let model = StreamsTrace::new(&trace);
        let end = model.state_after(&trace, model.len());
        assert_eq!(end.exit_code, Some(134));
        assert!(end.stderr.contains("JavaScript heap out of memory"));
    }

    #[test]
    fn ignoring_backpressure_buffers_most_of_the_file_and_pipe_does_not() {
        let (_, careless, result) = run("no-backpressure", small("no-backpressure"));
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        assert!(peak(&careless) > 512 * 1024, "peak {}", peak(&careless));
        let (trace, piped, _) = run("pipe", small("pipe"));
        assert!(peak(&piped) <= 3 * 64 * 1024, "peak {}", peak(&piped));
        let names: Vec<&str> = piped
            .streams
            .iter()
            .map(|info| info.name.as_str())
            .collect();
        assert_eq!(names, ["ReadStream big.log", "res #1"]);
        let end = piped.state_after(&trace, piped.len());
        let res = piped.streams[1].id;
        assert!(end.streams[&res].writes_false > 0 && end.streams[&res].drains > 0);
        assert_eq!(end.clients[&1].received, 1024 * 1024);
    }

    #[test]
    fn a_disconnect_leaks_with_pipe_and_cleans_up_with_pipeline() {
        let (trace, leaky, result) = run("disconnect-pipe", small("disconnect-pipe"));
        assert!(
            result.stdout.contains("at exit: file destroyed? false"),
            "{}",
            result.stdout
        );
        let end = leaky.state_after(&trace, leaky.len());
        let file = leaky.streams[0].id;
        assert!(!end.streams[&file].destroyed && end.streams[&file].paused);
        assert!(
            end.memory > 0,
            "the paused file stream still holds its buffer"
        );
        assert!(end.clients[&1].hung_up);

        let (trace, clean, result) = run("disconnect-pipeline", small("disconnect-pipeline"));
        assert!(
            result
                .stdout
                .contains("pipeline callback: ERR_STREAM_PREMATURE_CLOSE"),
            "{}",
            result.stdout
        );
        let end = clean.state_after(&trace, clean.len());
        assert!(end
            .streams
            .values()
            .filter(|s| s.bytes_out > 0 || s.bytes_in > 0)
            .all(|s| s.destroyed));
        assert_eq!(end.memory, 0);
    }

    #[test]
    fn pipeline_with_gzip_has_three_stages_in_order() {
        let (trace, model, result) = run("pipeline-gzip", small("pipeline-gzip"));
        assert!(
            result.stdout.contains("pipeline done"),
            "{}{}",
            result.stdout,
            result.stderr
        );
        let names: Vec<&str> = model
            .streams
            .iter()
            .map(|info| info.name.as_str())
            .collect();
        assert_eq!(names, ["ReadStream big.log", "Gzip", "res #1"]);
        let end = model.state_after(&trace, model.len());
        let received = end.clients[&1].received;
        assert!(
            received < 1024 * 1024 / 2,
            "gzip shrinks what crosses the network: {received}"
        );
    }
}
