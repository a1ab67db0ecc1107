//! The host's state during one run: the virtual clock, the queues the host owns (microtasks,
//! threadpool, completions), output, and the trace being recorded.

use crate::trace::{Event, EventKind, OutputStream, Phase, Queue};
use crate::vfs::Vfs;
use crate::Options;
use boa_engine::job::PromiseJob;
use boa_engine::{JsObject, JsValue};
use std::cell::RefCell;
use std::collections::VecDeque;

/// Simulated CPU cost of one Boa bytecode instruction, in ns.
pub const NS_PER_INSTRUCTION: u64 = 2;
/// Simulated cost of entering a callback from the loop (MakeCallback and friends), in ns.
pub const NS_PER_CALLBACK: u64 = 1_000;
/// Simulated cost of reading the clock (Date.now, performance.now, hrtime), in ns. This is what
/// makes busy-wait loops on the clock terminate after a bounded number of iterations.
pub const NS_PER_CLOCK_READ: u64 = 1_000;
/// Where the clock starts: Node has spent this long bootstrapping before the main module runs.
pub const BOOT_NS: u64 = 20_000_000;
/// `Date.now()` at the start of every run (2024-01-01T00:00:00Z): runs are reproducible.
pub const DATE_ORIGIN_MS: u64 = 1_704_067_200_000;

/// A request waiting for, or running on, the threadpool.
pub struct PoolRequest {
    pub req: u64,
    pub op: String,
    pub args: Vec<crate::vfs::FsArg>,
    pub label: String,
    pub callback: JsObject,
    pub context: JsValue,
    #[allow(dead_code)] // kept for the trace's queue views
    pub cost_ns: u64,
}

/// A request that a pool thread is working on.
pub struct RunningRequest {
    pub request: PoolRequest,
    pub thread: u32,
    pub done_ns: u64,
}

/// A finished request waiting for the poll phase to run its callback.
pub struct Completion {
    pub req: u64,
    pub callback: JsObject,
    pub context: JsValue,
    pub result: Result<crate::vfs::FsValue, crate::vfs::FsError>,
    pub done_ns: u64,
    pub label: String,
}

/// Why the run stopped before the program finished by itself.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    Exit(i32),
    Limit(String),
}

pub struct Host {
    pub options: Options,
    pub source: String,
    pub clock_ns: u64,
    /// libuv's cached loop time, in ms.
    pub loop_ms: u64,
    pub instructions_at_sync: u64,
    pub next_id: u64,
    pub events: Vec<Event>,
    pub stdout: String,
    pub stderr: String,
    pub microtasks: VecDeque<(u64, PromiseJob)>,
    /// Labels for microtasks, filled in when a job's callback is known.
    pub rejections: Vec<(String, JsObject, JsValue, JsValue)>,
    pub timer_next_expiry: i64,
    pub timer_ref_count: i64,
    pub immediate_ref_count: i64,
    pub immediate_count: i64,
    pub ref_handles: i64,
    pub pool_waiting: VecDeque<PoolRequest>,
    pub pool_running: Vec<RunningRequest>,
    pub pool_free_at: Vec<u64>,
    /// Threads in the pool; `None` until the first request starts it (libuv reads
    /// `UV_THREADPOOL_SIZE` then, so a program may set it at its top).
    pub pool_size: Option<usize>,
    pub completions: Vec<Completion>,
    /// I/O that completes at a set time without the threadpool (sockets, simulated network),
    /// with whether it keeps the loop alive.
    pub timed_io: Vec<(Completion, bool)>,
    /// Bytes the modules account as alive (stream buffers, Buffers held), for the memory chart
    /// and the heap limit.
    pub heap_bytes: u64,
    pub vfs: Vfs,
    pub stop: Option<Stop>,
    pub callbacks_run: u64,
    pub rng: (u64, u64),
    pub current_context: JsValue,
    pub phase: Option<Phase>,
    pub error_reported: bool,
    /// The promise job running now, so that its trace events can be labelled once the
    /// callback it calls is known.
    pub running_microtask: Option<u64>,
    /// StringDecoders created by string_decoder.js, addressed by index.
    pub decoders: Vec<nodescope_encoding::StringDecoder>,
    /// Which environment (thread) this host belongs to: 0 is the main thread, workers count
    /// up (`threadId`). See `workers.rs`.
    pub env_id: u32,
    /// A worker's parent environment: its stdout and stderr are sent there as messages.
    pub parent_env: Option<u32>,
    /// worker_threads.js's dispatcher for messages, port closes and worker events.
    pub wt_dispatch: Option<JsObject>,
    /// Message ports closed during this loop iteration: their 'close' runs in the close phase.
    pub port_closes: Vec<u64>,
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

/// Runs `f` with the current run's host. Never call into JS while inside `f`.
pub fn with_host<R>(f: impl FnOnce(&mut Host) -> R) -> R {
    HOST.with(|cell| {
        let mut guard = cell.borrow_mut();
        let host = guard.as_mut().expect("nodescope host is not installed");
        f(host)
    })
}

pub fn install(host: Host) {
    HOST.with(|cell| *cell.borrow_mut() = Some(host));
}

pub fn uninstall() -> Option<Host> {
    HOST.with(|cell| cell.borrow_mut().take())
}

impl Host {
    pub fn new(options: Options, source: String) -> Self {
        let seed = options.seed;
        let mut vfs = Vfs::new();
        vfs.add_file(&options.filename, source.as_bytes().to_vec(), None);
        for file in &options.files {
            vfs.add_file(&file.path, file.content.clone(), file.size);
        }
        Host {
            source,
            clock_ns: BOOT_NS,
            loop_ms: BOOT_NS / 1_000_000,
            instructions_at_sync: 0,
            next_id: 1,
            events: Vec::new(),
            stdout: String::new(),
            stderr: String::new(),
            microtasks: VecDeque::new(),
            rejections: Vec::new(),
            timer_next_expiry: -1,
            timer_ref_count: 0,
            immediate_ref_count: 0,
            immediate_count: 0,
            ref_handles: 0,
            pool_waiting: VecDeque::new(),
            pool_running: Vec::new(),
            pool_free_at: vec![0; crate::trace::POOL_SIZE],
            pool_size: None,
            completions: Vec::new(),
            timed_io: Vec::new(),
            heap_bytes: 0,
            vfs,
            stop: None,
            callbacks_run: 0,
            rng: (
                seed ^ 0x9E37_79B9_7F4A_7C15,
                seed.wrapping_mul(0xBF58_476D_1CE4_E5B9) | 1,
            ),
            current_context: JsValue::undefined(),
            phase: None,
            error_reported: false,
            running_microtask: None,
            decoders: Vec::new(),
            env_id: 0,
            parent_env: None,
            wt_dispatch: None,
            port_closes: Vec::new(),
            options,
        }
    }

    /// Gives the running promise job's queue entry and start event their real label.
    pub fn label_current_microtask(&mut self, label: &str, line: Option<u32>) {
        let Some(id) = self.running_microtask else {
            return;
        };
        for event in self.events.iter_mut().rev() {
            match &mut event.kind {
                EventKind::CallbackStart {
                    queue: Queue::Microtask,
                    id: eid,
                    label: l,
                    line: ln,
                } if *eid == id => {
                    *l = label.to_string();
                    *ln = line;
                    event.note = format!("Promise job “{label}” runs: the nextTick queue is empty, so microtasks drain.");
                }
                EventKind::Enqueue {
                    queue: Queue::Microtask,
                    id: eid,
                    label: l,
                    line: ln,
                    ..
                } if *eid == id => {
                    *l = label.to_string();
                    *ln = line;
                    event.note = format!("A promise job is queued ({label}); microtasks run after the nextTick queue is empty.");
                    return;
                }
                _ => {}
            }
        }
    }

    pub fn new_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn recording(&self) -> bool {
        self.options.record_trace
    }

    /// Records an event at the current simulated time, with its narration.
    pub fn record(&mut self, kind: EventKind) {
        if !self.options.record_trace {
            return;
        }
        let note = self.narrate(&kind);
        self.events.push(Event {
            t: self.clock_ns,
            kind,
            note,
        });
    }

    pub fn record_at(&mut self, t: u64, kind: EventKind) {
        if !self.options.record_trace {
            return;
        }
        let note = self.narrate(&kind);
        self.events.push(Event { t, kind, note });
    }

    pub fn write(&mut self, stream: OutputStream, text: &str) {
        if let Some(parent) = self.parent_env {
            // A worker's stdio is a stream to its parent, which prints what arrives in its poll phase.
            crate::workers::send_stdio(self.env_id, parent, stream, text, self.clock_ns);
            return;
        }
        match stream {
            OutputStream::Stdout => self.stdout.push_str(text),
            OutputStream::Stderr => self.stderr.push_str(text),
        }
        if self.options.record_trace {
            self.record(EventKind::Output {
                stream,
                text: text.to_string(),
            });
        }
    }

    /// Updates libuv's cached loop time from the clock (`uv_update_time`).
    pub fn update_loop_time(&mut self) -> u64 {
        self.loop_ms = self.clock_ns / 1_000_000;
        self.loop_ms
    }

    /// xorshift128+: deterministic `Math.random()` for a seed.
    pub fn random(&mut self) -> f64 {
        let (mut s1, s0) = self.rng;
        self.rng.0 = s0;
        s1 ^= s1 << 23;
        s1 ^= s1 >> 17;
        s1 ^= s0;
        s1 ^= s0 >> 26;
        self.rng.1 = s1;
        let bits = s0.wrapping_add(s1) >> 11;
        bits as f64 / (1u64 << 53) as f64
    }

    fn narrate(&self, kind: &EventKind) -> String {
        match kind {
            EventKind::ScriptStart => "Node runs the main module synchronously, top to bottom, before the event loop starts.".into(),
            EventKind::ScriptEnd => "The main module has returned; Node now drains process.nextTick callbacks, then promise jobs, then enters the event loop.".into(),
            EventKind::LoopIteration { n } => format!("Event loop iteration {n} begins with its timers phase, then pending, idle, prepare, poll, check and close."),
            EventKind::PhaseEnter { phase } => match phase {
                Phase::Timers => "Timers phase: run every timer whose due time has passed on the loop's clock.".into(),
                Phase::Pending => "Pending callbacks phase: I/O callbacks deferred from the previous iteration.".into(),
                Phase::Idle => "Idle phase (internal to libuv).".into(),
                Phase::Prepare => "Prepare phase (internal to libuv), just before polling for I/O.".into(),
                Phase::Poll => "Poll phase: wait for I/O, then run the callbacks of completed I/O.".into(),
                Phase::Check => "Check phase: run the setImmediate callbacks queued before this phase began.".into(),
                Phase::Close => "Close callbacks phase: 'close' events of closed handles.".into(),
            },
            EventKind::PhaseLeave { phase } => format!("The {} phase is done.", phase.name()),
            EventKind::Enqueue { queue, label, due_ms, .. } => match queue {
                Queue::Timers => format!(
                    "A timer is armed: “{label}” becomes due at loop time {} ms; it waits in Node's timer list, not in any queue of callbacks.",
                    due_ms.unwrap_or(0)
                ),
                Queue::Check => format!("setImmediate queues “{label}” for the next check phase."),
                Queue::NextTick => format!("process.nextTick queues “{label}”: it runs as soon as the current callback finishes, before promise jobs."),
                Queue::Microtask => format!("A promise job is queued ({label}); microtasks run after the nextTick queue is empty."),
                Queue::Threadpool => format!("An fs request ({label}) is handed to libuv's threadpool; JavaScript does not wait for it."),
                Queue::Poll => format!("The threadpool finished “{label}”; its callback waits for the poll phase."),
                _ => format!("“{label}” is queued in {}.", queue.name()),
            },
            EventKind::Dequeue { queue, .. } => format!("The next item leaves the {}.", queue.name()),
            EventKind::Cancel { queue, .. } => format!("An item is removed from the {} without running (cleared).", queue.name()),
            EventKind::CallbackStart { queue, label, .. } => match queue {
                Queue::Main => "The main module starts running.".into(),
                Queue::Timers => format!("Timer callback “{label}” runs: its due time has passed."),
                Queue::Check => format!("Immediate “{label}” runs in the check phase."),
                Queue::NextTick => format!("nextTick callback “{label}” runs: the nextTick queue drains before any promise job."),
                Queue::Microtask => format!("Promise job “{label}” runs: the nextTick queue is empty, so microtasks drain."),
                Queue::Poll => format!("I/O callback “{label}” runs in the poll phase."),
                Queue::Close => format!("Close callback “{label}” runs."),
                _ => format!("“{label}” runs."),
            },
            EventKind::CallbackEnd { .. } => "The callback returns; Node drains nextTicks, then promise jobs, before anything else runs.".into(),
            EventKind::DrainStart => "After every callback Node drains the process.nextTick queue, then the promise-job queue, repeating until both are empty.".into(),
            EventKind::DrainEnd => "Both the nextTick queue and the promise-job queue are empty.".into(),
            EventKind::PoolStart { thread, op, label, .. } => format!("Threadpool thread {} starts {op} ({label}).", thread + 1),
            EventKind::PoolDone { thread, .. } => format!("Threadpool thread {} is done; the result waits for the poll phase.", thread + 1),
            EventKind::PoolInit { threads } => format!("The first request starts libuv's threadpool: {threads} thread{} (UV_THREADPOOL_SIZE, 4 when unset).", if *threads == 1 { "" } else { "s" }),
            EventKind::PollWait { until_ms } => format!("Nothing to run now: the loop blocks in poll until loop time {until_ms} ms (the next timer or I/O completion)."),
            EventKind::Output { stream, .. } => match stream {
                OutputStream::Stdout => "Output is written to stdout.".into(),
                OutputStream::Stderr => "Output is written to stderr.".into(),
            },
            EventKind::Module { data, .. } => data
                .get("note")
                .and_then(|n| n.as_str())
                .unwrap_or("A module event.")
                .to_string(),
            EventKind::Error { message } => format!("Uncaught: {message}. With no handler, Node prints it and exits with code 1."),
            EventKind::Exit { code } => format!("The process exits with code {code}."),
        }
    }
}
