//! The host side of Node's runtime: the promise-job queue (Boa's `JobExecutor`), rejection
//! tracking, the threadpool model and libuv's loop (`uv_run`) over the bootstrap's hooks.

use crate::host::{with_host, Completion, Host, RunningRequest, Stop};
use crate::natives::{self, sync_cpu};
use crate::trace::{EventKind, OutputStream, Phase, Queue};
use crate::vfs::FsArg;
use crate::{Options, RunResult, Trace, NODE_VERSION};
use boa_engine::builtins::promise::{OperationType, PromiseState};
use boa_engine::context::time::JsInstant;
use boa_engine::context::{Clock, HostHooks};
use boa_engine::job::{Job, JobCallback, JobExecutor};
use boa_engine::object::builtins::JsFunction;
use boa_engine::object::builtins::JsPromise;
use boa_engine::JsData;
use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsString, JsValue, Source};
use boa_gc::{Finalize, Trace as GcTrace};
use std::rc::Rc;

/// Boa hands every promise job to this executor; the host runs them when Node would.
struct Executor;

impl JobExecutor for Executor {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        if let Job::PromiseJob(job) = job {
            with_host(|h| {
                let id = h.new_id();
                h.record(EventKind::Enqueue {
                    queue: Queue::Microtask,
                    id,
                    label: "promise reaction".into(),
                    line: None,
                    due_ms: None,
                });
                h.microtasks.push_back((id, job));
            });
        }
        // Other job kinds (timeouts of Atomics.waitAsync, FinalizationRegistry cleanups) are
        // not part of the model.
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        run_microtasks(context)
    }
}

/// Drains the promise-job queue, including jobs queued while draining (V8's
/// `PerformCheckpoint`).
pub fn run_microtasks(context: &mut Context) -> JsResult<()> {
    loop {
        let next = with_host(|h| h.microtasks.pop_front());
        let Some((id, job)) = next else {
            return Ok(());
        };
        sync_cpu(context);
        with_host(|h| {
            h.callbacks_run += 1;
            h.record(EventKind::Dequeue {
                queue: Queue::Microtask,
                id,
            });
            h.record(EventKind::CallbackStart {
                queue: Queue::Microtask,
                id,
                label: "promise reaction".into(),
                line: None,
            });
        });
        with_host(|h| h.running_microtask = Some(id));
        let result = job.call(context);
        with_host(|h| h.running_microtask = None);
        sync_cpu(context);
        with_host(|h| h.record(EventKind::CallbackEnd { id }));
        result?;
        if with_host(|h| h.stop.is_some()) {
            return Err(natives::stop_error());
        }
    }
}

/// What a promise reaction carries from `.then()` (or `await`) to the moment it runs: the
/// async context frame current at registration (AsyncLocalStorage) and a label for the trace.
#[derive(GcTrace, Finalize, JsData)]
struct SavedReaction {
    context: JsValue,
    #[unsafe_ignore_trace]
    label: String,
    #[unsafe_ignore_trace]
    line: Option<u32>,
}

/// A short label for a function: its name, or the start of its body.
fn function_label(callback: &JsFunction, context: &mut Context) -> (String, Option<u32>) {
    let mut obj: JsObject = callback.clone().into();
    // A wrapper from the bootstrap (queueMicrotask) names the user's callback it runs.
    if let Some(target) = obj
        .get(js_string!("__nodescopeLabelOf"), context)
        .ok()
        .and_then(|v| v.as_object().filter(|o| o.is_callable()))
    {
        obj = target;
    }
    let name = obj
        .get(js_string!("name"), context)
        .ok()
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default();
    let text = Function_to_string(&obj, context);
    if text.contains("[native code]") {
        // An await continuation or a builtin: name the async function that is awaiting.
        let awaiting = context
            .stack_trace()
            .next()
            .map(|frame| frame.position().function_name.to_std_string_escaped())
            .unwrap_or_default();
        // The line of the `await` itself: our Boa gives the `await` instruction the await's
        // source position (vendor/boa_engine/NODESCOPE.md).
        let line = context
            .stack_trace()
            .next()
            .and_then(|frame| frame.position().position)
            .map(|p| p.line_number());
        let label = if awaiting.is_empty() {
            "resume after await".to_string()
        } else {
            format!("resume {awaiting}() after await")
        };
        return (label, line);
    }
    let line = with_host(|h| {
        h.source
            .find(&text)
            .map(|pos| h.source[..pos].matches('\n').count() as u32 + 1)
    });
    if !name.is_empty() {
        return (name, line);
    }
    let mut body: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(pos) = body.find("=>") {
        body = body[pos + 2..].trim().to_string();
    }
    let body = body
        .trim_start_matches('{')
        .trim_end_matches('}')
        .trim()
        .to_string();
    let short: String = if body.chars().count() > 40 {
        format!("{}…", body.chars().take(40).collect::<String>())
    } else {
        body
    };
    (short, line)
}

#[allow(non_snake_case)]
fn Function_to_string(obj: &JsObject, context: &mut Context) -> String {
    let Ok(to_string) = context
        .intrinsics()
        .constructors()
        .function()
        .prototype()
        .get(js_string!("toString"), context)
    else {
        return String::new();
    };
    let Some(to_string) = to_string.as_callable() else {
        return String::new();
    };
    to_string
        .call(&JsValue::from(obj.clone()), &[], context)
        .ok()
        .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default()
}

/// Tracks promise rejections for Node's unhandled-rejection processing, carries the async
/// context into promise reactions, and labels promise jobs.
struct Hooks;

impl HostHooks for Hooks {
    fn make_job_callback(&self, callback: JsFunction, context: &mut Context) -> JobCallback {
        let saved_context = with_host(|h| h.current_context.clone());
        let (label, line) = if with_host(|h| h.recording()) {
            function_label(&callback, context)
        } else {
            (String::new(), None)
        };
        JobCallback::new(
            callback,
            SavedReaction {
                context: saved_context,
                label,
                line,
            },
        )
    }

    fn call_job_callback(
        &self,
        job: &JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        let saved = job.host_defined().downcast_ref::<SavedReaction>();
        let previous = with_host(|h| h.current_context.clone());
        if let Some(saved) = saved {
            let (context_value, label, line) =
                (saved.context.clone(), saved.label.clone(), saved.line);
            with_host(|h| {
                h.current_context = context_value;
                h.label_current_microtask(&label, line);
            });
        }
        let result = job.callback().call(this, args, context);
        with_host(|h| h.current_context = previous);
        result
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        _context: &mut Context,
    ) {
        let promise: JsObject = promise.clone().upcast();
        let reason = JsPromise::from_object(promise.clone())
            .ok()
            .and_then(|p| match p.state() {
                PromiseState::Rejected(v) => Some(v),
                _ => None,
            })
            .unwrap_or_default();
        let op = match operation {
            OperationType::Reject => "reject",
            OperationType::Handle => "handle",
        };
        with_host(|h| {
            let async_context = h.current_context.clone();
            h.rejections
                .push((op.to_string(), promise, reason, async_context))
        });
    }

    fn local_timezone_offset_seconds(&self, _unix_time_seconds: i64) -> i32 {
        0
    }
}

/// Boa's own clock reads the virtual clock, so nothing in a run depends on the wall clock.
struct VirtualClock;

impl Clock for VirtualClock {
    fn now(&self) -> JsInstant {
        let ns = with_host(|h| h.clock_ns);
        JsInstant::new(ns / 1_000_000_000, (ns % 1_000_000_000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        with_host(|h| (crate::host::DATE_ORIGIN_MS + h.clock_ns / 1_000_000) as i64)
    }
}

/// Simulated latency of one fs operation on the threadpool, in ns: a fixed syscall cost plus
/// bytes over the disk throughput (`Model::disk_bytes_per_sec`, default 500 MB/s).
pub fn fs_cost_ns(h: &Host, op: &str, args: &[FsArg]) -> u64 {
    const SYSCALL_NS: u64 = 25_000;
    let ns_per_byte = h
        .options
        .model
        .disk_bytes_per_sec
        .filter(|bps| *bps > 0.0)
        .map_or(2.0, |bps| 1e9 / bps);
    let bytes = match op {
        "read" => match args.get(1) {
            Some(FsArg::Num(n)) => *n as u64,
            _ => 0,
        },
        "readFile" => match args.first() {
            Some(FsArg::Str(p)) => h.vfs.size_of(p).unwrap_or(0),
            _ => 0,
        },
        "write" | "writeFile" | "appendFile" => match args.get(1) {
            Some(FsArg::Bytes(b)) => b.len() as u64,
            Some(FsArg::Str(s)) => s.len() as u64,
            _ => 0,
        },
        _ => 0,
    };
    SYSCALL_NS + (bytes as f64 * ns_per_byte) as u64
}

/// Starts waiting requests on free threads (at the current time).
pub fn schedule_pool(h: &mut Host) {
    while !h.pool_waiting.is_empty() {
        let busy: Vec<u32> = h.pool_running.iter().map(|r| r.thread).collect();
        let threads = h.pool_size.unwrap_or(crate::trace::POOL_SIZE) as u32;
        let Some(thread) = (0..threads).find(|t| !busy.contains(t)) else {
            return;
        };
        let request = h.pool_waiting.pop_front().expect("checked non-empty");
        let start = h.clock_ns.max(h.pool_free_at[thread as usize]);
        let done_ns = start + request.cost_ns;
        h.record(EventKind::Dequeue {
            queue: Queue::Threadpool,
            id: request.req,
        });
        h.record(EventKind::PoolStart {
            req: request.req,
            thread,
            op: request.op.clone(),
            label: request.label.clone(),
        });
        h.pool_running.push(RunningRequest {
            request,
            thread,
            done_ns,
        });
    }
}

/// Finishes every pool request done by `now_ns`, in completion order, performing the fs
/// operation and queueing its completion for the poll phase.
pub fn advance_pool(h: &mut Host, now_ns: u64) {
    loop {
        let next = h
            .pool_running
            .iter()
            .enumerate()
            .filter(|(_, r)| r.done_ns <= now_ns)
            .min_by_key(|(_, r)| (r.done_ns, r.request.req))
            .map(|(i, _)| i);
        let Some(index) = next else {
            return;
        };
        let running = h.pool_running.remove(index);
        let done = running.done_ns;
        let result = h
            .vfs
            .perform(&running.request.op, &running.request.args, done / 1_000_000);
        h.pool_free_at[running.thread as usize] = done;
        h.record_at(
            done.max(h.events.last().map_or(0, |e| e.t)),
            EventKind::PoolDone {
                req: running.request.req,
                thread: running.thread,
            },
        );
        h.record_at(
            done.max(h.events.last().map_or(0, |e| e.t)),
            EventKind::Enqueue {
                queue: Queue::Poll,
                id: running.request.req,
                label: running.request.label.clone(),
                line: None,
                due_ms: None,
            },
        );
        h.completions.push(Completion {
            req: running.request.req,
            callback: running.request.callback,
            context: running.request.context,
            result,
            done_ns: done,
            label: running.request.label.clone(),
        });
        // The freed thread picks up the next waiting request when it finished.
        let saved = h.clock_ns;
        h.clock_ns = h.clock_ns.max(done);
        schedule_pool(h);
        h.clock_ns = saved.max(h.clock_ns.min(saved));
    }
}

fn earliest_pool_done(h: &Host) -> Option<u64> {
    let pool = h.pool_running.iter().map(|r| r.done_ns).min();
    let io = h.timed_io.iter().map(|(c, _)| c.done_ns).min();
    match (pool, io) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Moves timed I/O that is done by `now_ns` to the completions the poll phase delivers.
fn advance_timed_io(h: &mut Host, now_ns: u64) {
    let mut index = 0;
    while index < h.timed_io.len() {
        if h.timed_io[index].0.done_ns <= now_ns {
            let (completion, _) = h.timed_io.remove(index);
            let t = completion.done_ns.max(h.events.last().map_or(0, |e| e.t));
            h.record_at(
                t,
                EventKind::Enqueue {
                    queue: Queue::Poll,
                    id: completion.req,
                    label: completion.label.clone(),
                    line: None,
                    due_ms: None,
                },
            );
            h.completions.push(completion);
        } else {
            index += 1;
        }
    }
}

/// The bootstrap's hooks, called by the loop.
pub(crate) struct Hooks_ {
    run_main: JsObject,
    process_timers: JsObject,
    process_immediate: JsObject,
    run_io_callback: JsObject,
    after_callback: JsObject,
    emit_before_exit: JsObject,
    emit_exit: JsObject,
}

fn hook(hooks: &JsObject, name: &str, context: &mut Context) -> JsResult<JsObject> {
    hooks
        .get(JsString::from(name), context)?
        .as_object()
        .filter(|o| o.is_callable())
        .ok_or_else(|| {
            boa_engine::JsNativeError::typ()
                .with_message(format!("bootstrap hook {name} missing"))
                .into()
        })
}

/// What ended a call into JS.
pub(crate) enum Flow {
    Continue,
    Stopped,
}

pub(crate) fn call(f: &JsObject, args: &[JsValue], context: &mut Context) -> Result<Flow, JsError> {
    let result = f.call(&JsValue::undefined(), args, context);
    sync_cpu(context);
    match result {
        Ok(_) => {
            if with_host(|h| h.stop.is_some()) {
                Ok(Flow::Stopped)
            } else {
                Ok(Flow::Continue)
            }
        }
        Err(err) => {
            if with_host(|h| h.stop.is_some()) {
                return Ok(Flow::Stopped);
            }
            if let Some(engine) = err.as_engine() {
                let message = match engine.to_string() {
                    s if s.contains("recursive") || s.contains("stack") => "RangeError: Maximum call stack size exceeded".to_string(),
                    s if s.contains("loop") => "the program ran a loop for too long without yielding; nodescope stopped it (is there an infinite loop?)".to_string(),
                    s if s.contains("instruction") => "the program ran out of its instruction budget; nodescope stopped it (is there an infinite loop?)".to_string(),
                    s => s,
                };
                with_host(|h| h.stop = Some(Stop::Limit(message)));
                return Ok(Flow::Stopped);
            }
            Err(err)
        }
    }
}

pub(crate) fn loop_alive(h: &Host) -> bool {
    h.timer_ref_count > 0
        || h.immediate_ref_count > 0
        || h.ref_handles > 0
        || !h.pool_waiting.is_empty()
        || !h.pool_running.is_empty()
        || !h.completions.is_empty()
        || !h.port_closes.is_empty()
        || h.timed_io.iter().any(|(_, refed)| *refed)
}

fn phase(h: &mut Host, phase: Phase, enter: bool) {
    if enter {
        h.phase = Some(phase);
        h.record(EventKind::PhaseEnter { phase });
    } else {
        h.phase = None;
        h.record(EventKind::PhaseLeave { phase });
    }
}

fn run_timers(hooks: &Hooks_, context: &mut Context) -> Result<Flow, JsError> {
    let (due, now) = with_host(|h| {
        let now = h.update_loop_time();
        (
            h.timer_next_expiry >= 0 && (h.timer_next_expiry as u64) <= now,
            now,
        )
    });
    with_host(|h| phase(h, Phase::Timers, true));
    let flow = if due {
        let flow = call(&hooks.process_timers, &[JsValue::from(now as f64)], context)?;
        if matches!(flow, Flow::Continue) {
            // Node's callback scope around the timers drains ticks and microtasks after them.
            call(&hooks.after_callback, &[], context)?
        } else {
            flow
        }
    } else {
        Flow::Continue
    };
    with_host(|h| phase(h, Phase::Timers, false));
    Ok(flow)
}

/// How long the poll phase may block, from the loop's own timers and I/O (messages from other
/// threads are added by the scheduler, see `workers.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum PollTimeout {
    Zero,
    Until(u64),
    Infinite,
}

/// Where an environment's loop (`uv_run`) stands between two scheduler steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LoopState {
    /// The main module (or the worker's script) has not run yet.
    Main,
    /// uv_run's head: the timers that run once before the loop proper.
    Outer,
    /// The `while (alive)` check that starts an iteration (or ends the loop).
    IterCheck,
    /// Blocked in the poll phase.
    InPoll(PollTimeout),
    Done,
}

/// One environment's libuv loop as a resumable state machine: `step` runs it until it blocks
/// in the poll phase (the scheduler then decides when it wakes) or ends.
pub(crate) struct EnvLoop {
    pub hooks: Hooks_,
    pub state: LoopState,
    pub iteration: u32,
}

fn poll_timeout(h: &mut Host) -> PollTimeout {
    let now_ms = h.update_loop_time();
    advance_pool(h, h.clock_ns);
    advance_timed_io(h, h.clock_ns);
    if h.immediate_ref_count > 0 || h.immediate_count > 0 || !h.completions.is_empty() {
        return PollTimeout::Zero;
    }
    let timer_ns = if h.timer_next_expiry >= 0 {
        Some((h.timer_next_expiry as u64).max(now_ms) * 1_000_000)
    } else {
        None
    };
    let io_ns = earliest_pool_done(h);
    match (timer_ns, io_ns) {
        (Some(t), Some(io)) => PollTimeout::Until(t.min(io)),
        (Some(t), None) => PollTimeout::Until(t),
        (None, Some(io)) => PollTimeout::Until(io),
        (None, None) => PollTimeout::Infinite,
    }
}

/// Something the poll phase delivers: a finished I/O request or a message from a port.
enum PollItem {
    Io(Completion),
    Message(crate::workers::Delivery),
}

impl EnvLoop {
    pub fn new(hooks: Hooks_) -> Self {
        EnvLoop {
            hooks,
            state: LoopState::Main,
            iteration: 0,
        }
    }

    /// Counts and records a new iteration; it begins with its timers phase.
    fn begin_iteration(&mut self) {
        self.iteration += 1;
        let n = self.iteration;
        with_host(|h| h.record(EventKind::LoopIteration { n }));
    }

    fn done(&mut self, context: &mut Context, natural: bool) -> Result<(), JsError> {
        self.state = LoopState::Done;
        if natural && with_host(|h| h.stop.is_none()) {
            call(&self.hooks.emit_exit, &[], context)?;
        }
        Ok(())
    }

    /// Runs the loop until it blocks in poll or ends. `wake` is the time (ns) the poll phase
    /// wakes at when the loop is blocked in poll (ignored otherwise).
    pub fn step(&mut self, context: &mut Context, wake: u64) -> Result<(), JsError> {
        let mut wake = Some(wake);
        loop {
            match self.state {
                LoopState::Done => return Ok(()),
                LoopState::Main => {
                    if let Flow::Stopped = call(&self.hooks.run_main, &[], context)? {
                        return self.done(context, false);
                    }
                    // The window between the main module and the first loop iteration.
                    with_host(|h| {
                        if h.env_id == 0 && h.options.race == crate::Race::TimeoutFirst {
                            h.clock_ns += 1_000_000;
                        }
                    });
                    self.state = LoopState::Outer;
                }
                LoopState::Outer => {
                    // uv_run: timers once before the loop proper. The trace counts an iteration
                    // from its timers phase, as Node's documentation draws the loop (timers,
                    // pending, idle/prepare, poll, check, close), so this is iteration 1's.
                    if with_host(|h| loop_alive(h)) {
                        self.begin_iteration();
                        if let Flow::Stopped = run_timers(&self.hooks, context)? {
                            return self.done(context, false);
                        }
                    }
                    self.state = LoopState::IterCheck;
                }
                LoopState::IterCheck => {
                    if with_host(|h| loop_alive(h) && h.stop.is_none()) {
                        let timeout = with_host(|h| {
                            phase(h, Phase::Pending, true);
                            phase(h, Phase::Pending, false);
                            phase(h, Phase::Idle, true);
                            phase(h, Phase::Idle, false);
                            phase(h, Phase::Prepare, true);
                            phase(h, Phase::Prepare, false);
                            phase(h, Phase::Poll, true);
                            poll_timeout(h)
                        });
                        self.state = LoopState::InPoll(timeout);
                        return Ok(());
                    }
                    if with_host(|h| h.stop.is_some()) {
                        return self.done(context, false);
                    }
                    // The loop is empty: 'beforeExit' may schedule more work.
                    if let Flow::Stopped = call(&self.hooks.emit_before_exit, &[], context)? {
                        return self.done(context, false);
                    }
                    if !with_host(|h| loop_alive(h)) {
                        return self.done(context, true);
                    }
                    self.state = LoopState::Outer;
                }
                LoopState::InPoll(_) => {
                    let Some(until) = wake.take() else {
                        return Ok(());
                    };
                    if let Flow::Stopped = self.poll_and_rest(context, until)? {
                        return self.done(context, false);
                    }
                    self.state = LoopState::IterCheck;
                }
            }
        }
    }

    /// The rest of an iteration once poll wakes at `until`: deliver I/O and messages, check,
    /// close, timers.
    fn poll_and_rest(&mut self, context: &mut Context, until: u64) -> Result<Flow, JsError> {
        let hooks = &self.hooks;
        with_host(|h| {
            if until > h.clock_ns {
                h.record(EventKind::PollWait {
                    until_ms: until / 1_000_000,
                });
                h.clock_ns = until;
            }
            advance_pool(h, h.clock_ns);
            advance_timed_io(h, h.clock_ns);
            h.update_loop_time();
        });
        // Deliver completed I/O and arrived messages in completion order.
        let (env, now) = with_host(|h| (h.env_id, h.clock_ns));
        let mut items: Vec<(u64, u64, PollItem)> =
            with_host(|h| std::mem::take(&mut h.completions))
                .into_iter()
                .map(|c| (c.done_ns, c.req, PollItem::Io(c)))
                .collect();
        for d in crate::workers::take_due(env, now) {
            items.push((d.arrival_ns, u64::MAX / 2 + d.seq, PollItem::Message(d)));
        }
        items.sort_by_key(|(t, k, _)| (*t, *k));
        for (_, _, item) in items {
            let flow = match item {
                PollItem::Io(completion) => {
                    with_host(|h| {
                        h.record(EventKind::Dequeue {
                            queue: Queue::Poll,
                            id: completion.req,
                        })
                    });
                    let (err, value) = natives::fs_result_to_js(completion.result, context)?;
                    let args_array = boa_engine::object::builtins::JsArray::new(context)?;
                    args_array.push(err, context)?;
                    args_array.push(value, context)?;
                    call(
                        &hooks.run_io_callback,
                        &[
                            JsValue::from(js_string!("poll")),
                            JsValue::from(completion.req as f64),
                            JsValue::from(completion.callback.clone()),
                            completion.context.clone(),
                            args_array.into(),
                        ],
                        context,
                    )?
                }
                PollItem::Message(delivery) => {
                    let Some((callback, args)) = crate::workers::delivery_args(delivery, context)?
                    else {
                        continue;
                    };
                    let id = with_host(|h| h.new_id());
                    call(
                        &hooks.run_io_callback,
                        &[
                            JsValue::from(js_string!("poll")),
                            JsValue::from(id as f64),
                            JsValue::from(callback),
                            JsValue::undefined(),
                            args,
                        ],
                        context,
                    )?
                }
            };
            if let Flow::Stopped = flow {
                return Ok(Flow::Stopped);
            }
            with_host(|h| advance_pool(h, h.clock_ns));
        }
        with_host(|h| phase(h, Phase::Poll, false));
        // Check: immediates.
        with_host(|h| phase(h, Phase::Check, true));
        let has_immediates = with_host(|h| h.immediate_count > 0);
        if has_immediates {
            if let Flow::Stopped = call(&hooks.process_immediate, &[], context)? {
                return Ok(Flow::Stopped);
            }
            if let Flow::Stopped = call(&hooks.after_callback, &[], context)? {
                return Ok(Flow::Stopped);
            }
        }
        with_host(|h| {
            phase(h, Phase::Check, false);
            phase(h, Phase::Close, true);
        });
        // Close callbacks: 'close' of handles closed during this iteration (message ports).
        for (callback, args) in crate::workers::take_close_callbacks(context)? {
            let id = with_host(|h| h.new_id());
            let flow = call(
                &hooks.run_io_callback,
                &[
                    JsValue::from(js_string!("close")),
                    JsValue::from(id as f64),
                    JsValue::from(callback),
                    JsValue::undefined(),
                    args,
                ],
                context,
            )?;
            if let Flow::Stopped = flow {
                return Ok(Flow::Stopped);
            }
        }
        with_host(|h| phase(h, Phase::Close, false));
        // libuv's timers at the end of this pass belong to the next iteration in the trace.
        self.begin_iteration();
        run_timers(&self.hooks, context)
    }
}

/// Runs `source` as the main module of a simulated Node process.
pub fn run(source: &str, options: &Options) -> RunResult {
    let mut host = Host::new(options.clone(), source.to_string());
    let dir = options
        .filename
        .rsplit_once('/')
        .map_or("/", |(d, _)| if d.is_empty() { "/" } else { d })
        .to_string();
    host.vfs.set_cwd(&dir);
    let (outcome, mut host) = crate::workers::run_all(host, options);
    if let Err(message) = outcome {
        host.write(OutputStream::Stderr, &format!("nodescope: {message}\n"));
        if host.stop.is_none() {
            host.stop = Some(Stop::Exit(1));
        }
    }
    let exit_code = match host.stop.clone() {
        // The OS keeps the low byte of the exit status: process.exit(258) exits with 2.
        Some(Stop::Exit(code)) => code & 0xff,
        Some(Stop::Limit(message)) => {
            let text = if message.starts_with("RangeError") {
                format!(
                    "{}:1\n\n\n\n{message}\n\nNode.js {NODE_VERSION}\n",
                    options.filename
                )
            } else {
                format!("nodescope: {message}\n")
            };
            host.record(EventKind::Error {
                message: message.clone(),
            });
            host.write(OutputStream::Stderr, &text);
            1
        }
        None => 0,
    };
    host.record(EventKind::Exit { code: exit_code });
    RunResult {
        stdout: host.stdout,
        stderr: host.stderr,
        exit_code,
        trace: Trace {
            node_version: NODE_VERSION.to_string(),
            filename: options.filename.clone(),
            source: source.to_string(),
            events: host.events,
        },
    }
}

/// Builds an environment's JS side with its host installed: a Boa context with the natives,
/// the bootstrap evaluated, and the bootstrap's hooks. A worker's context gets a loop limit so
/// that a worker spinning forever can be set aside (see `workers.rs`).
pub(crate) fn build_context(options: &Options, worker: bool) -> Result<(Context, EnvLoop), String> {
    let mut context = Context::builder()
        .job_executor(Rc::new(Executor))
        .host_hooks(Rc::new(Hooks))
        .clock(Rc::new(VirtualClock))
        .instructions_remaining(options.max_instructions as usize)
        .build()
        .map_err(|e| e.to_string())?;
    context.runtime_limits_mut().set_recursion_limit(2_000);
    context
        .runtime_limits_mut()
        .set_loop_iteration_limit(if worker {
            crate::workers::WORKER_LOOP_LIMIT
        } else {
            u64::MAX
        });
    let start = context.instructions_remaining() as u64;
    with_host(|h| h.instructions_at_sync = start);
    natives::install(&mut context).map_err(|e| e.to_string())?;
    crate::workers::install_atomics(&mut context).map_err(|e| e.to_string())?;
    let bootstrap = context
        .eval(
            Source::from_bytes(crate::modules::bootstrap().as_bytes())
                .with_path(std::path::Path::new("node:internal/bootstrap")),
        )
        .map_err(|e| format!("bootstrap failed to compile: {e}"))?;
    let global = context.global_object();
    let ns = global
        .get(js_string!("__nodescope"), &mut context)
        .map_err(|e| e.to_string())?;
    let bootstrap_fn = bootstrap
        .as_object()
        .filter(|o| o.is_callable())
        .ok_or("bootstrap is not a function")?
        .clone();
    let hooks = bootstrap_fn
        .call(&JsValue::undefined(), &[ns, global.into()], &mut context)
        .map_err(|e| format!("bootstrap failed: {e}"))?;
    let hooks = hooks
        .as_object()
        .ok_or("bootstrap returned no hooks")?
        .clone();
    let get =
        |name: &str, context: &mut Context| hook(&hooks, name, context).map_err(|e| e.to_string());
    let hooks_ = Hooks_ {
        run_main: get("runMain", &mut context)?,
        process_timers: get("processTimers", &mut context)?,
        process_immediate: get("processImmediate", &mut context)?,
        run_io_callback: get("runIoCallback", &mut context)?,
        after_callback: get("afterCallback", &mut context)?,
        emit_before_exit: get("emitBeforeExit", &mut context)?,
        emit_exit: get("emitExit", &mut context)?,
    };
    Ok((context, EnvLoop::new(hooks_)))
}
