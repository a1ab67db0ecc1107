//! The trace: what a run did, step by step, as plain data, and the reducer that rebuilds the
//! state of the simulated runtime at any step so that views can render it directly.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The libuv phases of one loop iteration, in the order libuv runs them.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Timers,
    Pending,
    Idle,
    Prepare,
    Poll,
    Check,
    Close,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Timers,
        Phase::Pending,
        Phase::Idle,
        Phase::Prepare,
        Phase::Poll,
        Phase::Check,
        Phase::Close,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Phase::Timers => "timers",
            Phase::Pending => "pending callbacks",
            Phase::Idle => "idle",
            Phase::Prepare => "prepare",
            Phase::Poll => "poll",
            Phase::Check => "check",
            Phase::Close => "close callbacks",
        }
    }
}

/// Every queue a callback can wait in before it runs.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Queue {
    /// The main module itself (not a queue, the first "callback").
    Main,
    /// Node's timer lists (setTimeout, setInterval).
    Timers,
    /// libuv's pending callbacks (deferred I/O errors).
    Pending,
    /// Completed I/O delivered in the poll phase.
    Poll,
    /// The immediate queue (setImmediate), run in the check phase.
    Check,
    /// Close callbacks ('close' events of handles).
    Close,
    /// process.nextTick's queue.
    NextTick,
    /// V8's promise-job (microtask) queue.
    Microtask,
    /// Work waiting for a thread of libuv's pool.
    Threadpool,
}

impl Queue {
    pub fn name(self) -> &'static str {
        match self {
            Queue::Main => "main module",
            Queue::Timers => "timers",
            Queue::Pending => "pending callbacks",
            Queue::Poll => "poll (I/O callbacks)",
            Queue::Check => "immediates",
            Queue::Close => "close callbacks",
            Queue::NextTick => "process.nextTick queue",
            Queue::Microtask => "promise jobs (microtasks)",
            Queue::Threadpool => "threadpool queue",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OutputStream {
    Stdout,
    Stderr,
}

/// One thing that happened.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The main module starts running.
    ScriptStart,
    /// The main module has returned.
    ScriptEnd,
    /// A new turn of the event loop begins.
    LoopIteration {
        n: u32,
    },
    PhaseEnter {
        phase: Phase,
    },
    PhaseLeave {
        phase: Phase,
    },
    /// Something was put in a queue. `due_ms` is set for timers (loop time in ms).
    Enqueue {
        queue: Queue,
        id: u64,
        label: String,
        line: Option<u32>,
        due_ms: Option<u64>,
    },
    /// Something left a queue to run (or to start, for the threadpool).
    Dequeue {
        queue: Queue,
        id: u64,
    },
    /// Something left a queue without running (clearTimeout, clearImmediate, …).
    Cancel {
        queue: Queue,
        id: u64,
    },
    /// A callback starts running; it came from `queue`.
    CallbackStart {
        queue: Queue,
        id: u64,
        label: String,
        line: Option<u32>,
    },
    CallbackEnd {
        id: u64,
    },
    /// The loop starts draining the nextTick queue and the microtask queue.
    DrainStart,
    DrainEnd,
    /// A threadpool thread picks up a request.
    PoolStart {
        req: u64,
        thread: u32,
        op: String,
        label: String,
    },
    /// libuv starts its threadpool, on the first request: `threads` threads (4, or
    /// `UV_THREADPOOL_SIZE` as the process environment says at that moment).
    PoolInit {
        threads: u32,
    },
    /// A threadpool thread finishes; the completion waits for the poll phase.
    PoolDone {
        req: u64,
        thread: u32,
    },
    /// The poll phase waits (the clock jumps) for I/O or the next timer.
    PollWait {
        until_ms: u64,
    },
    Output {
        stream: OutputStream,
        text: String,
    },
    /// An event from a JS-level module (streams, decoder, async context, …).
    Module {
        module: String,
        name: String,
        data: serde_json::Value,
    },
    /// An uncaught error or unhandled rejection.
    Error {
        message: String,
    },
    /// The process exits with this code.
    Exit {
        code: i32,
    },
}

/// One step of a trace: an event, when it happened, and why.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Event {
    /// Simulated time in nanoseconds since the process started.
    pub t: u64,
    #[serde(flatten)]
    pub kind: EventKind,
    /// One plain sentence naming the rule that produced this step.
    pub note: String,
}

/// A whole run.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Trace {
    /// The Node version whose semantics were simulated.
    pub node_version: String,
    pub filename: String,
    pub source: String,
    pub events: Vec<Event>,
}

/// An item waiting in a queue, as views draw it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QueueItem {
    pub id: u64,
    pub label: String,
    pub line: Option<u32>,
    pub due_ms: Option<u64>,
}

/// A callback on the call stack.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct StackFrame {
    pub queue: Queue,
    pub id: u64,
    pub label: String,
    pub line: Option<u32>,
}

/// A busy threadpool thread.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PoolWork {
    pub req: u64,
    pub op: String,
    pub label: String,
}

/// One line of console output.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OutputLine {
    pub stream: OutputStream,
    pub text: String,
    /// The step that printed it.
    pub step: usize,
}

/// The state of the simulated runtime after some step: everything a view needs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct TraceState {
    /// Index of the last applied event (`None` before the first).
    pub step: Option<usize>,
    pub t: u64,
    pub iteration: u32,
    pub phase: Option<Phase>,
    pub in_main: bool,
    pub draining: bool,
    pub stack: Vec<StackFrame>,
    pub queues: BTreeMap<Queue, Vec<QueueItem>>,
    pub pool: Vec<Option<PoolWork>>,
    pub output: Vec<OutputLine>,
    pub callbacks_run: u64,
    pub exit_code: Option<i32>,
    pub error: Option<String>,
}

/// Threads in libuv's default pool (`UV_THREADPOOL_SIZE` unset).
pub const POOL_SIZE: usize = 4;

impl TraceState {
    pub fn new() -> Self {
        TraceState {
            pool: vec![None; POOL_SIZE],
            ..Default::default()
        }
    }

    /// The items waiting in `queue`, oldest first.
    pub fn queue(&self, queue: Queue) -> &[QueueItem] {
        self.queues.get(&queue).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Applies event number `index` of a trace.
    pub fn apply(&mut self, index: usize, event: &Event) {
        self.step = Some(index);
        self.t = event.t;
        match &event.kind {
            EventKind::ScriptStart => self.in_main = true,
            EventKind::ScriptEnd => self.in_main = false,
            EventKind::LoopIteration { n } => self.iteration = *n,
            EventKind::PhaseEnter { phase } => self.phase = Some(*phase),
            EventKind::PhaseLeave { .. } => self.phase = None,
            EventKind::Enqueue {
                queue,
                id,
                label,
                line,
                due_ms,
            } => self.queues.entry(*queue).or_default().push(QueueItem {
                id: *id,
                label: label.clone(),
                line: *line,
                due_ms: *due_ms,
            }),
            EventKind::Dequeue { queue, id } | EventKind::Cancel { queue, id } => {
                if let Some(items) = self.queues.get_mut(queue) {
                    if let Some(pos) = items.iter().position(|item| item.id == *id) {
                        items.remove(pos);
                    }
                }
            }
            EventKind::CallbackStart {
                queue,
                id,
                label,
                line,
            } => {
                self.callbacks_run += 1;
                self.stack.push(StackFrame {
                    queue: *queue,
                    id: *id,
                    label: label.clone(),
                    line: *line,
                });
            }
            EventKind::CallbackEnd { id } => {
                if let Some(pos) = self.stack.iter().rposition(|frame| frame.id == *id) {
                    self.stack.truncate(pos);
                }
            }
            EventKind::DrainStart => self.draining = true,
            EventKind::DrainEnd => self.draining = false,
            EventKind::PoolStart {
                req,
                thread,
                op,
                label,
            } => {
                if let Some(slot) = self.pool.get_mut(*thread as usize) {
                    *slot = Some(PoolWork {
                        req: *req,
                        op: op.clone(),
                        label: label.clone(),
                    });
                }
            }
            EventKind::PoolInit { threads } => self.pool = vec![None; *threads as usize],
            EventKind::PoolDone { thread, .. } => {
                if let Some(slot) = self.pool.get_mut(*thread as usize) {
                    *slot = None;
                }
            }
            EventKind::PollWait { .. } => {}
            EventKind::Output { stream, text } => self.output.push(OutputLine {
                stream: *stream,
                text: text.clone(),
                step: index,
            }),
            EventKind::Module { .. } => {}
            EventKind::Error { message } => self.error = Some(message.clone()),
            EventKind::Exit { code } => {
                self.exit_code = Some(*code);
                self.stack.clear();
                self.phase = None;
            }
        }
    }
}

/// Checkpoints of a trace's state so that any step can be rendered without replaying
/// from the start: seeking costs at most `CHECKPOINT_EVERY` applications.
pub struct TraceIndex {
    checkpoints: Vec<TraceState>,
}

/// How many events lie between two checkpoints.
pub const CHECKPOINT_EVERY: usize = 256;

impl TraceIndex {
    pub fn new(trace: &Trace) -> Self {
        let mut checkpoints = vec![TraceState::new()];
        let mut state = TraceState::new();
        for (index, event) in trace.events.iter().enumerate() {
            state.apply(index, event);
            if (index + 1) % CHECKPOINT_EVERY == 0 {
                checkpoints.push(state.clone());
            }
        }
        TraceIndex { checkpoints }
    }

    /// The state after `n_applied` events (0 = before the first event).
    pub fn state_after(&self, trace: &Trace, n_applied: usize) -> TraceState {
        let n_applied = n_applied.min(trace.events.len());
        let checkpoint_idx = (n_applied / CHECKPOINT_EVERY).min(self.checkpoints.len() - 1);
        let mut state = self.checkpoints[checkpoint_idx].clone();
        let start = checkpoint_idx * CHECKPOINT_EVERY;
        for index in start..n_applied {
            state.apply(index, &trace.events[index]);
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind) -> Event {
        Event {
            t: 0,
            kind,
            note: String::new(),
        }
    }

    #[test]
    fn seek_matches_linear_replay() {
        let mut trace = Trace::default();
        for id in 0..1000u64 {
            trace.events.push(event(EventKind::Enqueue {
                queue: Queue::Check,
                id,
                label: format!("cb{id}"),
                line: None,
                due_ms: None,
            }));
            if id % 3 == 0 {
                trace.events.push(event(EventKind::Dequeue {
                    queue: Queue::Check,
                    id,
                }));
            }
        }
        let index = TraceIndex::new(&trace);
        let mut linear = TraceState::new();
        for (i, e) in trace.events.iter().enumerate() {
            linear.apply(i, e);
            if i % 97 == 0 {
                assert_eq!(index.state_after(&trace, i + 1), linear);
            }
        }
        assert_eq!(index.state_after(&trace, trace.events.len()), linear);
        assert_eq!(linear.queue(Queue::Check).len(), 1000 - 334);
    }
}
