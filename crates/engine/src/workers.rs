//! Threads (`worker_threads`) as a deterministic discrete-event simulation.
//!
//! Every thread is its own Node environment: its own Boa `Context`, bootstrap, timers,
//! immediates, nextTick and microtask queues, loop (`runtime::EnvLoop`) and `Host` (virtual
//! clock, trace, limits). They all run on this one OS thread; only the environment being run has
//! its `Host` installed in the thread-local `HOST` (the others wait in the scheduler).
//!
//! Each environment has its own clock: workers run in parallel on other cores. The scheduler
//! always runs the environment whose next event is earliest (ties: lowest id), until it blocks
//! in its poll phase again. Messages carry the sender's clock plus `MESSAGE_LATENCY_NS` and are
//! delivered in the receiver's poll phase (a MessagePort is a uv_async handle). A worker's
//! stdout and stderr are messages to its parent, printed when the parent's poll phase handles
//! them, as in Node. `Atomics.wait` runs the other environments until a matching
//! `Atomics.notify` (or the timeout).
//!
//! Model constants: a worker starts running its script `WORKER_STARTUP_NS` (35 ms, what Node v20
//! spends booting a worker's isolate and bootstrap on a typical machine) after `new Worker`;
//! a message takes `MESSAGE_LATENCY_NS` (50 µs) from one thread to another. A worker that runs a
//! single function's loops for more than `WORKER_LOOP_LIMIT` iterations is considered to spin
//! forever: it does nothing observable again until it is terminated.

use crate::host::{install, uninstall, with_host, Host, Stop};
use crate::natives::{stop_error, sync_cpu};
use crate::runtime::{build_context, EnvLoop, LoopState, PollTimeout};
use crate::trace::{EventKind, OutputStream};
use crate::vfs::Vfs;
use crate::Options;
use boa_engine::builtins::array_buffer::SharedArrayBuffer;
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer, JsSharedArrayBuffer};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsArgs, JsNativeError, JsObject, JsResult, JsString, JsValue,
};
use std::cell::RefCell;
use std::collections::HashMap;

/// Time from `new Worker()` to the worker running its script.
pub const WORKER_STARTUP_NS: u64 = 35_000_000;
/// Time a message takes from one thread's port to another's.
pub const MESSAGE_LATENCY_NS: u64 = 50_000;
/// Loop iterations in one function of a worker after which it is considered to spin forever.
pub const WORKER_LOOP_LIMIT: u64 = 10_000_000;

/// How long a message takes: a port's uv_async is signalled at once, so a message between two
/// ports of one thread is there for the next poll phase; another thread is `MESSAGE_LATENCY_NS`
/// away.
fn latency(from_env: u32, to_env: u32) -> u64 {
    if from_env == to_env {
        0
    } else {
        MESSAGE_LATENCY_NS
    }
}

/// What a message carries.
pub enum MsgKind {
    /// A structured-clone payload (see worker_threads.js) and the ports transferred with it.
    Data { payload: String, ports: Vec<u64> },
    /// Output of a worker, printed by its parent.
    Stdio { stream: OutputStream, text: String },
    /// The other side of the port closed.
    PeerClosed,
    /// The worker (port = its handle) started running JS.
    Online,
    /// The worker (port = its handle) ended with this exit code.
    Exit { code: i32 },
    /// The worker's uncaught exception, serialized.
    Error { payload: String },
}

/// A message that has arrived at an environment.
pub struct Delivery {
    pub seq: u64,
    pub arrival_ns: u64,
    pub port: u64,
    pub kind: MsgKind,
}

struct Msg {
    to_env: u32,
    from_env: u32,
    d: Delivery,
}

struct Port {
    env: u32,
    peer: Option<u64>,
    started: bool,
    closed: bool,
    /// The name of the BroadcastChannel this port stands for (it has no peer).
    group: Option<String>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Pending,
    Running,
    Hung(String),
    Finished,
}

struct Env {
    id: u32,
    parent: Option<u32>,
    /// The id the parent's Worker object knows this worker by.
    handle: u64,
    start_ns: u64,
    host: Option<Host>,
    js: Option<(Context, EnvLoop)>,
    status: Status,
}

#[derive(Default)]
struct Sched {
    envs: Vec<Option<Box<Env>>>,
    msgs: Vec<Msg>,
    ports: HashMap<u64, Port>,
    blobs: HashMap<u64, Vec<u8>>,
    sabs: HashMap<u64, SharedArrayBuffer>,
    next_id: u64,
    seq: u64,
    /// Threads in `Atomics.wait` now, in the order they started waiting: (waiter id, key).
    waiters: Vec<(u64, String)>,
    /// Waiters an `Atomics.notify` woke, with the time of the notify.
    woken: HashMap<u64, u64>,
    /// Environments terminated while they were running (nested in `Atomics.wait`).
    terminated: Vec<u32>,
    options: Option<Options>,
    /// The file system, while no environment is running (see `lend_vfs`).
    vfs: Option<Vfs>,
}

thread_local! {
    static SCHED: RefCell<Sched> = RefCell::new(Sched::default());
}

fn with_sched<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|cell| f(&mut cell.borrow_mut()))
}

impl Sched {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn send(&mut self, to_env: u32, port: u64, arrival_ns: u64, kind: MsgKind) {
        self.send_from(u32::MAX, to_env, port, arrival_ns, kind);
    }

    fn send_from(&mut self, from_env: u32, to_env: u32, port: u64, arrival_ns: u64, kind: MsgKind) {
        self.seq += 1;
        let seq = self.seq;
        self.msgs.push(Msg {
            to_env,
            from_env,
            d: Delivery {
                seq,
                arrival_ns,
                port,
                kind,
            },
        });
    }

    fn deliverable(&self, env: u32, m: &Msg) -> bool {
        // A port's messages go to the thread that holds the port when they are delivered (it
        // may have been transferred since they were sent).
        match m.d.kind {
            MsgKind::Data { .. } | MsgKind::PeerClosed => {}
            _ if m.to_env != env => return false,
            _ => {}
        }
        match m.d.kind {
            MsgKind::Data { .. } => self
                .ports
                .get(&m.d.port)
                .is_some_and(|p| p.env == env && p.started && !p.closed),
            MsgKind::PeerClosed => self.ports.get(&m.d.port).is_some_and(|p| p.env == env),
            _ => true,
        }
    }

    fn earliest(&self, env: u32) -> Option<u64> {
        self.msgs
            .iter()
            .filter(|m| self.deliverable(env, m))
            .map(|m| m.d.arrival_ns)
            .min()
    }

    /// Closes a port and tells its peer.
    fn close_port(&mut self, port: u64, now: u64) -> bool {
        let Some(p) = self.ports.get_mut(&port) else {
            return false;
        };
        if p.closed {
            return false;
        }
        p.closed = true;
        let own_env = p.env;
        let peer = p.peer.take();
        if let Some(peer) = peer {
            if let Some(q) = self.ports.get_mut(&peer) {
                q.peer = None;
                if !q.closed {
                    let env = q.env;
                    self.send(env, peer, now + latency(own_env, env), MsgKind::PeerClosed);
                }
            }
        }
        // Messages still queued for the closed port are dropped.
        self.msgs
            .retain(|m| !(m.d.port == port && matches!(m.d.kind, MsgKind::Data { .. })));
        true
    }
}

/// Sends a worker's output to its parent.
pub fn send_stdio(from_env: u32, parent: u32, stream: OutputStream, text: &str, now: u64) {
    with_sched(|s| {
        s.send(
            parent,
            handle_of(from_env),
            now + MESSAGE_LATENCY_NS,
            MsgKind::Stdio {
                stream,
                text: text.to_string(),
            },
        );
    });
}

/// Takes the messages for `env` that have arrived by `now`, in arrival order.
pub fn take_due(env: u32, now: u64) -> Vec<Delivery> {
    with_sched(|s| {
        let mut due = Vec::new();
        let mut keep = Vec::new();
        for m in std::mem::take(&mut s.msgs) {
            if m.d.arrival_ns <= now && s.deliverable(env, &m) {
                due.push(m.d);
            } else {
                keep.push(m);
            }
        }
        s.msgs = keep;
        // One poll wakeup handles the ports with pending messages in the order the ports were
        // made (libuv walks its async handles in creation order), each port's queue in order.
        // A worker's own messages (its stdio, 'online', 'error', 'exit') come on its internal
        // port, made just before its public one; its 'exit' comes once both are drained.
        let key = |d: &Delivery| -> u64 {
            match d.kind {
                MsgKind::Data { .. } | MsgKind::PeerClosed => d.port * 2,
                // 'exit' drains the public port first.
                MsgKind::Exit { .. } => {
                    public_port_of_handle(d.port).map_or(d.port * 2, |p| p * 2 + 1)
                }
                _ => public_port_of_handle(d.port).map_or(d.port * 2, |p| p * 2 - 1),
            }
        };
        let first = due.iter().map(|d| d.arrival_ns).min();
        let mut seqs: Vec<u64> = due.iter().map(|d| d.seq).collect();
        seqs.sort_unstable();
        due.sort_by_key(|d| (key(d), d.seq));
        for (d, seq) in due.iter_mut().zip(seqs) {
            d.seq = seq;
            d.arrival_ns = first.unwrap_or(d.arrival_ns);
        }
        for d in &due {
            if let MsgKind::Data { ports, .. } = &d.kind {
                for p in ports {
                    if let Some(port) = s.ports.get_mut(p) {
                        port.env = env;
                    }
                }
            }
        }
        due
    })
}

/// The dispatcher call for a delivered message, or `None` when it needs no JS (stdio).
pub fn delivery_args(d: Delivery, context: &mut Context) -> JsResult<Option<(JsObject, JsValue)>> {
    if let MsgKind::Stdio { stream, text } = &d.kind {
        // `new Worker(…, { stdout: true })` (or stderr): the Worker's own stream gets it.
        let bit = match stream {
            OutputStream::Stdout => 1,
            OutputStream::Stderr => 2,
        };
        let captured = SETUP.with(|s| {
            s.borrow()
                .values()
                .any(|x| x.handle == d.port && x.capture & bit != 0)
        });
        let dispatch = with_host(|h| h.wt_dispatch.clone());
        match dispatch {
            Some(dispatch) if captured => {
                let args = JsArray::new(context)?;
                args.push(JsValue::from(js_string!("stdio")), context)?;
                args.push(JsValue::from(d.port as f64), context)?;
                args.push(JsValue::from(JsString::from(text.as_str())), context)?;
                args.push(JsValue::from(bit), context)?;
                return Ok(Some((dispatch, args.into())));
            }
            _ => {
                with_host(|h| h.write(*stream, text));
                return Ok(None);
            }
        }
    }
    let Some(dispatch) = with_host(|h| h.wt_dispatch.clone()) else {
        return Ok(None);
    };
    let (kind, payload, extra): (&str, JsValue, JsValue) = match d.kind {
        MsgKind::Data { payload, ports } => {
            let list = JsArray::new(context)?;
            for p in ports {
                list.push(JsValue::from(p as f64), context)?;
            }
            (
                "message",
                JsValue::from(JsString::from(payload.as_str())),
                list.into(),
            )
        }
        MsgKind::PeerClosed => {
            // The port closes its own handle now: its 'close' runs in this iteration's close
            // phase, after the 'close' of the port that was closed first.
            with_sched(|s| {
                if let Some(p) = s.ports.get_mut(&d.port) {
                    p.closed = true;
                }
            });
            with_host(|h| h.port_closes.push(d.port));
            return Ok(None);
        }
        MsgKind::Online => ("online", JsValue::undefined(), JsValue::undefined()),
        MsgKind::Exit { code } => ("exit", JsValue::from(code), JsValue::undefined()),
        MsgKind::Error { payload } => (
            "error",
            JsValue::from(JsString::from(payload.as_str())),
            JsValue::undefined(),
        ),
        MsgKind::Stdio { .. } => unreachable!(),
    };
    let args = JsArray::new(context)?;
    args.push(JsValue::from(JsString::from(kind)), context)?;
    args.push(JsValue::from(d.port as f64), context)?;
    args.push(payload, context)?;
    args.push(extra, context)?;
    Ok(Some((dispatch, args.into())))
}

/// The 'close' callbacks of ports closed by this environment during the iteration.
pub fn take_close_callbacks(context: &mut Context) -> JsResult<Vec<(JsObject, JsValue)>> {
    let (closes, dispatch) =
        with_host(|h| (std::mem::take(&mut h.port_closes), h.wt_dispatch.clone()));
    let Some(dispatch) = dispatch else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for port in closes {
        let args = JsArray::new(context)?;
        args.push(JsValue::from(js_string!("close")), context)?;
        args.push(JsValue::from(port as f64), context)?;
        out.push((dispatch.clone(), args.into()));
    }
    Ok(out)
}

// ---- the scheduler ----------------------------------------------------------------------------

/// When `env` next has something to do, or `None` if only a message could wake it.
fn next_time(s: &Sched, env: &Env) -> Option<u64> {
    match env.status {
        Status::Pending => return Some(env.start_ns),
        Status::Running => {}
        _ => return None,
    }
    let host = env.host.as_ref()?;
    let clock = host.clock_ns;
    let (_, lp) = env.js.as_ref()?;
    let t = match lp.state {
        LoopState::Done => return None,
        // Handles closing: libuv's poll does not block (uv_backend_timeout is 0).
        LoopState::InPoll(_) if !host.port_closes.is_empty() => Some(clock),
        LoopState::Main | LoopState::Outer | LoopState::IterCheck => Some(clock),
        LoopState::InPoll(PollTimeout::Zero) => Some(clock),
        LoopState::InPoll(PollTimeout::Until(u)) => {
            Some(s.earliest(env.id).map_or(u, |m| m.min(u)))
        }
        LoopState::InPoll(PollTimeout::Infinite) => s.earliest(env.id),
    };
    t.map(|t| t.max(clock))
}

/// The environment to run next (not one that is running now) and when it wakes.
fn pick(limit: Option<u64>) -> Option<(u32, u64)> {
    with_sched(|s| {
        let mut best: Option<(u64, u32)> = None;
        for env in s.envs.iter().flatten() {
            if let Some(t) = next_time(s, env) {
                if limit.is_some_and(|l| t > l) {
                    continue;
                }
                if best.is_none_or(|(bt, bid)| (t, env.id) < (bt, bid)) {
                    best = Some((t, env.id));
                }
            }
        }
        best.map(|(t, id)| (id, t))
    })
}

fn take_env(id: u32) -> Option<Box<Env>> {
    with_sched(|s| s.envs.get_mut(id as usize).and_then(|e| e.take()))
}

fn put_env(env: Box<Env>) {
    with_sched(|s| {
        let id = env.id as usize;
        s.envs[id] = Some(env);
    });
}

/// Ends a worker: closes its ports and tells its parent the exit code.
fn finish_worker(env: &mut Env, code: i32, now: u64) {
    env.status = Status::Finished;
    env.js = None;
    let Some(parent) = env.parent else {
        return;
    };
    with_sched(|s| {
        let own: Vec<u64> = s
            .ports
            .iter()
            .filter(|(_, p)| p.env == env.id && !p.closed)
            .map(|(id, _)| *id)
            .collect();
        let mut own = own;
        own.sort();
        for p in own {
            s.close_port(p, now);
        }
        s.send(
            parent,
            env.handle,
            now + MESSAGE_LATENCY_NS,
            MsgKind::Exit { code },
        );
    });
}

/// The process's file system (files and descriptors belong to the process, not to a thread)
/// moves into the environment about to run, from the one that ran it (or from the scheduler),
/// and back again afterwards: swapping is its own inverse.
fn lend_vfs(previous: &mut Option<Host>, host: &mut Host) {
    match previous {
        Some(p) => std::mem::swap(&mut p.vfs, &mut host.vfs),
        None => with_sched(|s| {
            if let Some(vfs) = s.vfs.as_mut() {
                std::mem::swap(vfs, &mut host.vfs);
            }
        }),
    }
}

/// Runs one environment until its loop blocks in poll again (or ends), with its host installed.
fn run_env_step(id: u32, wake: u64) -> Result<(), String> {
    let Some(mut env) = take_env(id) else {
        return Ok(());
    };
    let mut previous = uninstall();
    let mut host = env
        .host
        .take()
        .expect("an environment waiting in the scheduler has its host");
    lend_vfs(&mut previous, &mut host);
    install(host);
    let mut result = Ok(());
    if env.status == Status::Pending {
        let options = with_host(|h| h.options.clone());
        match build_context(&options, true) {
            Ok(js) => {
                env.js = Some(js);
                env.status = Status::Running;
                let (parent, handle) = (env.parent, env.handle);
                with_host(|h| {
                    if let Some(parent) = parent {
                        let now = h.clock_ns;
                        with_sched(|s| {
                            s.send(parent, handle, now + MESSAGE_LATENCY_NS, MsgKind::Online)
                        });
                    }
                });
            }
            Err(e) => result = Err(e),
        }
    }
    if result.is_ok() {
        if let Some((context, lp)) = env.js.as_mut() {
            if let Err(err) = lp.step(context, wake) {
                if id == 0 {
                    result = Err(err.to_string());
                } else {
                    // An error that escaped the bootstrap's own handling ends the worker.
                    with_host(|h| {
                        if h.stop.is_none() {
                            h.stop = Some(Stop::Exit(1));
                        }
                    });
                    lp.state = LoopState::Done;
                }
            }
        }
    }
    env.host = uninstall();
    if let Some(host) = env.host.as_mut() {
        lend_vfs(&mut previous, host);
    }
    if let Some(host) = previous {
        install(host);
    }
    if id != 0 {
        let terminated = with_sched(|s| {
            let t = s.terminated.contains(&id);
            s.terminated.retain(|x| *x != id);
            t
        });
        let host = env.host.as_ref().expect("host is back");
        let now = host.clock_ns;
        let stop = host.stop.clone();
        let done = env
            .js
            .as_ref()
            .is_none_or(|(_, lp)| lp.state == LoopState::Done);
        if terminated {
            finish_worker(&mut env, 1, now);
        } else if let Some(Stop::Limit(message)) = stop {
            env.status = Status::Hung(message);
            env.js = None;
        } else if done && env.status == Status::Running {
            let code = match stop {
                Some(Stop::Exit(code)) => code,
                _ => 0,
            };
            finish_worker(&mut env, code, now);
        }
    }
    put_env(env);
    result
}

/// Runs the main environment and every worker it starts, until the main thread's loop ends.
/// Returns the outcome (an error message for a failure of the engine itself) and the main
/// thread's host.
pub fn run_all(mut host: Host, options: &Options) -> (Result<(), String>, Host) {
    with_sched(|s| {
        *s = Sched::default();
        s.options = Some(options.clone());
    });
    host.env_id = 0;
    install(host);
    let built = build_context(options, false);
    let mut host = uninstall().expect("host installed");
    let js = match built {
        Ok(js) => js,
        Err(e) => return (Err(e), host),
    };
    let vfs = std::mem::take(&mut host.vfs);
    with_sched(|s| s.vfs = Some(vfs));
    with_sched(|s| {
        s.envs.push(Some(Box::new(Env {
            id: 0,
            parent: None,
            handle: 0,
            start_ns: 0,
            host: Some(host),
            js: Some(js),
            status: Status::Running,
        })))
    });
    let mut outcome = Ok(());
    loop {
        let main_done = with_sched(|s| {
            let main = s.envs[0].as_ref().expect("main env present");
            main.js
                .as_ref()
                .is_none_or(|(_, lp)| lp.state == LoopState::Done)
        });
        if main_done {
            break;
        }
        let Some((id, wake)) = pick(None) else {
            // Nothing can ever happen again, yet the main thread's loop is alive.
            let message = with_sched(|s| {
                s.envs
                    .iter()
                    .flatten()
                    .find_map(|e| if let Status::Hung(m) = &e.status { Some(format!("a worker thread never finished: {m}")) } else { None })
            })
            .unwrap_or_else(|| "the program waits forever: its event loop is kept alive by handles (message ports, workers) that nothing will ever wake".to_string());
            with_sched(|s| {
                let main = s.envs[0].as_mut().expect("main env present");
                let host = main.host.as_mut().expect("main host");
                if host.stop.is_none() {
                    host.stop = Some(Stop::Limit(message));
                }
            });
            break;
        };
        if let Err(e) = run_env_step(id, wake) {
            outcome = Err(e);
            break;
        }
    }
    let mut main = take_env(0).expect("main env present");
    let mut host = main.host.take().expect("main host");
    if let Some(vfs) = with_sched(|s| s.vfs.take()) {
        host.vfs = vfs;
    }
    // Drop every context (and the JS objects the scheduler holds) before the next run.
    let envs = with_sched(|s| std::mem::take(&mut *s));
    drop(main);
    drop(envs);
    (outcome, host)
}

// ---- natives ------------------------------------------------------------------------------------

fn arg_u64(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<u64> {
    Ok(args.get_or_undefined(i).to_number(context)?.max(0.0) as u64)
}

fn arg_string(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(args
        .get_or_undefined(i)
        .to_string(context)?
        .to_std_string_escaped())
}

fn ids_of(value: &JsValue, context: &mut Context) -> JsResult<Vec<u64>> {
    let mut out = Vec::new();
    if let Some(obj) = value.as_object() {
        if let Ok(array) = JsArray::from_object(obj.clone()) {
            let len = array.length(context)?;
            for i in 0..len {
                out.push(array.get(i, context)?.to_number(context)? as u64);
            }
        }
    }
    Ok(out)
}

/// `wtInfo()`: `{ threadId, isMainThread, parentPort, workerData, env }` of this environment.
pub fn wt_info(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = with_host(|h| h.env_id);
    let setup = SETUP
        .with(|s| s.borrow().get(&id).cloned())
        .unwrap_or_default();
    let str_or_undefined = |v: Option<String>| {
        v.map_or(JsValue::undefined(), |d| {
            JsValue::from(JsString::from(d.as_str()))
        })
    };
    let obj = ObjectInitializer::new(context)
        .property(js_string!("threadId"), id, Attribute::all())
        .property(js_string!("isMainThread"), id == 0, Attribute::all())
        .property(
            js_string!("parentPort"),
            if id == 0 { -1.0 } else { setup.port as f64 },
            Attribute::all(),
        )
        .property(
            js_string!("workerData"),
            str_or_undefined(setup.data),
            Attribute::all(),
        )
        .property(
            js_string!("env"),
            str_or_undefined(setup.env),
            Attribute::all(),
        )
        .build();
    Ok(obj.into())
}

/// What a worker's worker_threads.js needs to know, by env id.
#[derive(Clone, Default)]
struct Setup {
    port: u64,
    /// The parent's end of the worker's channel (its `Worker` object's port).
    public_port: u64,
    /// Streams the parent reads itself (`stdout: true` is 1, `stderr: true` is 2).
    capture: u32,
    data: Option<String>,
    env: Option<String>,
    handle: u64,
}

thread_local! {
    static SETUP: RefCell<HashMap<u32, Setup>> = RefCell::new(HashMap::new());
}

fn handle_of(env: u32) -> u64 {
    SETUP.with(|s| s.borrow().get(&env).map_or(0, |x| x.handle))
}

fn public_port_of_handle(handle: u64) -> Option<u64> {
    SETUP.with(|s| {
        s.borrow()
            .values()
            .find(|x| x.handle == handle)
            .map(|x| x.public_port)
    })
}

fn env_of_handle(handle: u64) -> Option<u32> {
    SETUP.with(|s| {
        s.borrow()
            .iter()
            .find(|(_, x)| x.handle == handle)
            .map(|(id, _)| *id)
    })
}

pub fn wt_set_dispatcher(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let f = args
        .get_or_undefined(0)
        .as_object()
        .filter(|o| o.is_callable());
    with_host(|h| h.wt_dispatch = f);
    Ok(JsValue::undefined())
}

/// `wtChannel()`: two entangled ports in this environment, `[id1, id2]`.
pub fn wt_channel(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let env = with_host(|h| h.env_id);
    let (a, b) = with_sched(|s| {
        let a = s.id();
        let b = s.id();
        s.ports.insert(
            a,
            Port {
                env,
                peer: Some(b),
                started: false,
                closed: false,
                group: None,
            },
        );
        s.ports.insert(
            b,
            Port {
                env,
                peer: Some(a),
                started: false,
                closed: false,
                group: None,
            },
        );
        (a, b)
    });
    let list = JsArray::new(context)?;
    list.push(JsValue::from(a as f64), context)?;
    list.push(JsValue::from(b as f64), context)?;
    Ok(list.into())
}

/// `wtPost(port, payload, transferredPorts)`: sends to the peer of `port`.
pub fn wt_post(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let port = arg_u64(args, 0, context)?;
    let payload = arg_string(args, 1, context)?;
    let ports = ids_of(args.get_or_undefined(2), context)?;
    let (now, from) = with_host(|h| (h.clock_ns, h.env_id));
    let sent = with_sched(|s| {
        let Some(p) = s.ports.get(&port) else {
            return false;
        };
        if p.closed {
            return false;
        }
        let Some(peer) = p.peer else {
            return false;
        };
        let Some(to_env) = s.ports.get(&peer).filter(|q| !q.closed).map(|q| q.env) else {
            return false;
        };
        for t in &ports {
            if let Some(tp) = s.ports.get_mut(t) {
                tp.env = u32::MAX;
                tp.started = false;
            }
        }
        s.send_from(
            from,
            to_env,
            peer,
            now + latency(from, to_env),
            MsgKind::Data { payload, ports },
        );
        true
    });
    Ok(JsValue::from(sent))
}

/// `wtBcJoin(name)`: a port for a new BroadcastChannel of this environment.
pub fn wt_bc_join(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, context)?;
    let env = with_host(|h| h.env_id);
    let id = with_sched(|s| {
        let id = s.id();
        s.ports.insert(
            id,
            Port {
                env,
                peer: None,
                started: true,
                closed: false,
                group: Some(name),
            },
        );
        id
    });
    Ok(JsValue::from(id as f64))
}

/// `wtBcPeers(port)`: the other open BroadcastChannels of the same name, in every thread, in
/// the order they were created.
pub fn wt_bc_peers(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let port = arg_u64(args, 0, context)?;
    let mut peers = with_sched(|s| {
        let Some(group) = s.ports.get(&port).and_then(|p| p.group.clone()) else {
            return Vec::new();
        };
        s.ports
            .iter()
            .filter(|(id, p)| **id != port && !p.closed && p.group.as_ref() == Some(&group))
            .map(|(id, _)| *id)
            .collect::<Vec<u64>>()
    });
    peers.sort_unstable();
    let list = JsArray::new(context)?;
    for p in peers {
        list.push(JsValue::from(p as f64), context)?;
    }
    Ok(list.into())
}

/// `wtSendTo(port, payload)`: a message straight to a port (a BroadcastChannel's delivery).
pub fn wt_send_to(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let port = arg_u64(args, 0, context)?;
    let payload = arg_string(args, 1, context)?;
    let (now, from) = with_host(|h| (h.clock_ns, h.env_id));
    let sent = with_sched(|s| {
        let Some(to_env) = s.ports.get(&port).filter(|p| !p.closed).map(|p| p.env) else {
            return false;
        };
        s.send_from(
            from,
            to_env,
            port,
            now + latency(from, to_env),
            MsgKind::Data {
                payload,
                ports: Vec::new(),
            },
        );
        true
    });
    Ok(JsValue::from(sent))
}

pub fn wt_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let port = arg_u64(args, 0, context)?;
    let started = args.get(1).is_none_or(|v| v.to_boolean());
    with_sched(|s| {
        if let Some(p) = s.ports.get_mut(&port) {
            p.started = started;
        }
    });
    Ok(JsValue::undefined())
}

/// `wtClose(port)`: closes the port (its 'close' runs in this loop's close phase) and its peer.
pub fn wt_close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let port = arg_u64(args, 0, context)?;
    let now = with_host(|h| h.clock_ns);
    let closed = with_sched(|s| s.close_port(port, now));
    if closed {
        with_host(|h| h.port_closes.push(port));
    }
    Ok(JsValue::from(closed))
}

/// `wtReceive(port, all)`: takes the first message that has arrived at the port (or, with
/// `all`, every queued message), as `[payload, ports, payload, ports, …]`.
pub fn wt_receive(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let port = arg_u64(args, 0, context)?;
    let all = args.get_or_undefined(1).to_boolean();
    let (env, now) = with_host(|h| (h.env_id, h.clock_ns));
    let taken = with_sched(|s| {
        let mut idx: Vec<usize> = s
            .msgs
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                s.ports.get(&port).is_some_and(|p| p.env == env)
                    && m.d.port == port
                    && matches!(m.d.kind, MsgKind::Data { .. })
                    && (all || m.d.arrival_ns <= now || m.from_env == env)
            })
            .map(|(i, _)| i)
            .collect();
        idx.sort_by_key(|i| (s.msgs[*i].d.arrival_ns, s.msgs[*i].d.seq));
        if !all {
            idx.truncate(1);
        }
        let mut out = Vec::new();
        let mut sorted = idx.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        let mut removed: HashMap<usize, Msg> = HashMap::new();
        for i in sorted {
            removed.insert(i, s.msgs.remove(i));
        }
        for i in idx {
            let m = removed.remove(&i).expect("removed");
            if let MsgKind::Data { payload, ports } = m.d.kind {
                for p in &ports {
                    if let Some(tp) = s.ports.get_mut(p) {
                        tp.env = env;
                    }
                }
                out.push((payload, ports));
            }
        }
        out
    });
    let list = JsArray::new(context)?;
    for (payload, ports) in taken {
        list.push(JsValue::from(JsString::from(payload.as_str())), context)?;
        let ids = JsArray::new(context)?;
        for p in ports {
            ids.push(JsValue::from(p as f64), context)?;
        }
        list.push(ids, context)?;
    }
    Ok(list.into())
}

/// `wtSpawn(filename, source, workerData, parentPort, env, capture, dataPorts)`: starts a worker whose
/// `parentPort` is the given port (moved to the worker); returns `[handle, threadId]`.
pub fn wt_spawn(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let filename = arg_string(args, 0, context)?;
    let source = arg_string(args, 1, context)?;
    let data = args.get_or_undefined(2);
    let data = if data.is_undefined() {
        None
    } else {
        Some(data.to_string(context)?.to_std_string_escaped())
    };
    let port = arg_u64(args, 3, context)?;
    let capture = arg_u64(args, 5, context)? as u32;
    let data_ports = ids_of(args.get_or_undefined(6), context)?;
    let env_data = args.get_or_undefined(4);
    let env_data = if env_data.is_undefined() {
        None
    } else {
        Some(env_data.to_string(context)?.to_std_string_escaped())
    };
    let (parent, now, mut options, cwd, record) = with_host(|h| {
        (
            h.env_id,
            h.clock_ns,
            h.options.clone(),
            h.vfs.cwd().to_string(),
            h.recording(),
        )
    });
    options.filename = filename.clone();
    options.args = Vec::new();
    options.record_trace = false;
    let (id, handle, public_port) = with_sched(|s| {
        let id = s.envs.len() as u32;
        let handle = s.id();
        let mut public_port = port;
        if let Some(p) = s.ports.get_mut(&port) {
            p.env = id;
            public_port = p.peer.unwrap_or(port);
        }
        // Ports transferred with workerData move to the worker too.
        for dp in &data_ports {
            if let Some(p) = s.ports.get_mut(dp) {
                p.env = id;
            }
        }
        (id, handle, public_port)
    });
    let mut host = Host::new(options, source);
    host.vfs.set_cwd(&cwd);
    host.env_id = id;
    host.parent_env = Some(parent);
    let start = now + WORKER_STARTUP_NS;
    host.clock_ns = start;
    host.loop_ms = start / 1_000_000;
    SETUP.with(|s| {
        s.borrow_mut().insert(
            id,
            Setup {
                port,
                public_port,
                capture,
                data,
                env: env_data,
                handle,
            },
        )
    });
    with_sched(|s| {
        s.envs.push(Some(Box::new(Env {
            id,
            parent: Some(parent),
            handle,
            start_ns: start,
            host: Some(host),
            js: None,
            status: Status::Pending,
        })))
    });
    if record {
        with_host(|h| {
            let data = serde_json::json!({ "threadId": id, "filename": filename,
                "note": format!("new Worker: thread {id} starts; booting its own Node environment takes about {} ms, then it runs in parallel with its own event loop.", WORKER_STARTUP_NS / 1_000_000) });
            h.record(EventKind::Module {
                module: "worker".into(),
                name: "spawn".into(),
                data,
            });
        });
    }
    let list = JsArray::new(context)?;
    list.push(JsValue::from(handle as f64), context)?;
    list.push(JsValue::from(id), context)?;
    Ok(list.into())
}

/// `wtTerminate(handle)`: stops a worker; its 'exit' (code 1) reaches the parent later.
pub fn wt_terminate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let handle = arg_u64(args, 0, context)?;
    let now = with_host(|h| h.clock_ns);
    let Some(id) = env_of_handle(handle) else {
        return Ok(JsValue::from(false));
    };
    let Some(mut env) = take_env(id) else {
        // It is running now (this call is nested in its Atomics.wait): stop it after its step.
        with_sched(|s| s.terminated.push(id));
        return Ok(JsValue::from(true));
    };
    let live = matches!(
        env.status,
        Status::Pending | Status::Running | Status::Hung(_)
    );
    if live {
        // The worker stops where it is; the parent learns of it after the usual latency. One
        // whose environment does not exist yet ends with 0 (Node's Worker::Exit only records
        // the code in a running environment).
        let code = if env.status == Status::Pending { 0 } else { 1 };
        finish_worker(&mut env, code, now);
    }
    put_env(env);
    Ok(JsValue::from(live))
}

/// `wtPostError(payload)`: a worker's uncaught exception, for its parent's 'error' event.
pub fn wt_post_error(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let payload = arg_string(args, 0, context)?;
    let (env, parent, now) = with_host(|h| (h.env_id, h.parent_env, h.clock_ns));
    let Some(parent) = parent else {
        return Ok(JsValue::from(false));
    };
    with_sched(|s| {
        s.send(
            parent,
            handle_of(env),
            now + MESSAGE_LATENCY_NS,
            MsgKind::Error { payload },
        )
    });
    Ok(JsValue::from(true))
}

/// `wtBlobPut(arrayBuffer, detach)`: copies (or moves, detaching it) an ArrayBuffer's bytes
/// into the host; returns the blob id.
pub fn wt_blob_put(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let obj = args
        .get_or_undefined(0)
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("wtBlobPut needs an ArrayBuffer"))?
        .clone();
    let detach = args.get_or_undefined(1).to_boolean();
    let buffer = JsArrayBuffer::from_object(obj)?;
    let bytes = if detach {
        buffer
            .detach(&JsValue::undefined())?
            .iter()
            .copied()
            .collect::<Vec<u8>>()
    } else {
        buffer.to_vec().unwrap_or_default()
    };
    let _ = context;
    let id = with_sched(|s| {
        let id = s.id();
        s.blobs.insert(id, bytes);
        id
    });
    Ok(JsValue::from(id as f64))
}

/// `wtBlobTake(id)`: a new ArrayBuffer with a blob's bytes.
pub fn wt_blob_take(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, context)?;
    let bytes = with_sched(|s| s.blobs.remove(&id)).unwrap_or_default();
    let block = AlignedVec::from_iter(0, bytes);
    Ok(JsArrayBuffer::from_byte_block(block, context)?.into())
}

/// `wtSabPut(sab)`: registers a SharedArrayBuffer's memory; returns its id.
pub fn wt_sab_put(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = args
        .get_or_undefined(0)
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("wtSabPut needs a SharedArrayBuffer"))?
        .clone();
    let sab = JsSharedArrayBuffer::from_object(obj)?;
    let id = with_sched(|s| {
        let id = s.id();
        s.sabs.insert(id, sab.inner());
        id
    });
    Ok(JsValue::from(id as f64))
}

/// `wtSabGet(id)`: a SharedArrayBuffer of this context aliasing the registered memory.
pub fn wt_sab_get(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, context)?;
    let inner = with_sched(|s| s.sabs.get(&id).cloned())
        .ok_or_else(|| JsNativeError::typ().with_message("unknown shared memory"))?;
    Ok(JsSharedArrayBuffer::from_buffer(inner, context).into())
}

/// `atomicsNotify(key, count)`: wakes up to `count` of the threads waiting on a location, the
/// longest-waiting first; returns how many it woke.
pub fn atomics_notify(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let key = arg_string(args, 0, context)?;
    let count = args.get_or_undefined(1).to_number(context)?;
    let count = if count.is_nan() { 0.0 } else { count.max(0.0) };
    let now = with_host(|h| h.clock_ns);
    let woken = with_sched(|s| {
        let mut woken = 0u32;
        let mut keep = Vec::new();
        for (id, k) in std::mem::take(&mut s.waiters) {
            if k == key && f64::from(woken) < count {
                woken += 1;
                s.woken.insert(id, now);
            } else {
                keep.push((id, k));
            }
        }
        s.waiters = keep;
        woken
    });
    Ok(JsValue::from(woken))
}

/// `atomicsWait(key, timeoutMs)`: blocks this thread: the other threads run until one notifies
/// `key` and wakes this waiter ("ok") or the timeout passes ("timed-out").
pub fn atomics_wait(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let key = arg_string(args, 0, context)?;
    let timeout_ms = args.get_or_undefined(1).to_number(context)?;
    let start = with_host(|h| h.clock_ns);
    let deadline = if timeout_ms.is_finite() {
        Some(start + (timeout_ms.max(0.0) * 1e6) as u64)
    } else {
        None
    };
    let me = with_sched(|s| {
        let id = s.id();
        s.waiters.push((id, key.clone()));
        id
    });
    let leave = move || {
        with_sched(|s| {
            s.waiters.retain(|(id, _)| *id != me);
            s.woken.remove(&me)
        })
    };
    let result = loop {
        if let Some(t) = with_sched(|s| s.woken.get(&me).copied()) {
            with_host(|h| h.clock_ns = h.clock_ns.max(t + MESSAGE_LATENCY_NS));
            break "ok";
        }
        let Some((id, wake)) = pick(deadline) else {
            match deadline {
                Some(d) => {
                    with_host(|h| h.clock_ns = h.clock_ns.max(d));
                    break "timed-out";
                }
                None => {
                    leave();
                    with_host(|h| {
                        h.stop = Some(Stop::Limit(
                            "Atomics.wait() would block forever: no other thread can notify it"
                                .into(),
                        ))
                    });
                    return Err(stop_error());
                }
            }
        };
        if let Err(e) = run_env_step(id, wake) {
            leave();
            with_host(|h| h.stop = Some(Stop::Limit(e)));
            return Err(stop_error());
        }
    };
    leave();
    // The instructions the other threads ran are not this thread's CPU time.
    let remaining = context.instructions_remaining() as u64;
    with_host(|h| h.instructions_at_sync = remaining);
    Ok(JsValue::from(JsString::from(result)))
}

/// The JS that makes `Atomics.wait` block the way Node's threads do (Boa's refuses to suspend
/// the agent), lets `Atomics.notify` wake simulated threads, and validates every Atomics
/// operation's arguments in V8's order and words before Boa's own function runs.
pub const ATOMICS_JS: &str = r#"(function (ns) {
  const A = {};
  for (const k of ['add', 'and', 'compareExchange', 'exchange', 'load', 'or', 'store', 'sub', 'xor', 'notify']) A[k] = Atomics[k];
  const toStr = Object.prototype.toString;
  const tagOf = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get;
  const INTEGER = ['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  function kindOf(ta) { try { return tagOf.call(ta); } catch (_) { return undefined; } }
  function validate(ta, waitable) {
    const kind = kindOf(ta);
    if (waitable ? kind !== 'Int32Array' && kind !== 'BigInt64Array' : !INTEGER.includes(kind)) {
      throw new TypeError(toStr.call(ta) + (waitable ? ' is not an int32 or BigInt64 typed array.' : ' is not an integer typed array.'));
    }
    return kind;
  }
  function index(ta, i) {
    let n = i === undefined ? 0 : Number(i);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (!(n >= 0 && n < ta.length)) throw new RangeError('Invalid atomic access index');
    return n;
  }
  function value(kind, v) {
    if (kind === 'BigInt64Array' || kind === 'BigUint64Array') {
      if (typeof v === 'number') throw new TypeError('Cannot convert ' + String(v) + ' to a BigInt');
      if (v === undefined || v === null || typeof v === 'symbol') throw new TypeError('Cannot convert ' + String(v) + ' to a BigInt');
      return BigInt(v);
    }
    if (typeof v === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    return v;
  }
  function key(ta, i) { return ta.byteOffset + i * ta.BYTES_PER_ELEMENT + ':' + ta.buffer.byteLength; }
  const define = (name, fn) => Object.defineProperty(Atomics, name, { value: fn, writable: true, configurable: true });
  define('load', { load(ta, i) { validate(ta, false); return A.load(ta, index(ta, i)); } }.load);
  for (const name of ['add', 'and', 'exchange', 'or', 'store', 'sub', 'xor']) {
    const fn = A[name];
    define(name, { [name](ta, i, v) { const kind = validate(ta, false); const n = index(ta, i); return fn(ta, n, value(kind, v)); } }[name]);
  }
  define('compareExchange', { compareExchange(ta, i, expected, replacement) {
    const kind = validate(ta, false);
    const n = index(ta, i);
    return A.compareExchange(ta, n, value(kind, expected), value(kind, replacement));
  } }.compareExchange);
  define('wait', { wait(ta, i, v, timeout) {
    const kind = validate(ta, true);
    if (!(typeof SharedArrayBuffer === 'function' && ta.buffer instanceof SharedArrayBuffer)) {
      throw new TypeError(toStr.call(ta) + ' is not a shared typed array.');
    }
    const n = index(ta, i);
    const expected = kind === 'BigInt64Array' ? BigInt.asIntN(64, value(kind, v)) : (Number(v) | 0);
    let t = timeout === undefined ? Infinity : Number(timeout);
    if (Number.isNaN(t)) t = Infinity;
    if (A.load(ta, n) !== expected) return 'not-equal';
    return ns.atomicsWait(key(ta, n), t);
  } }.wait);
  define('notify', { notify(ta, i, count) {
    validate(ta, true);
    const n = index(ta, i);
    let c = count === undefined ? Infinity : Math.trunc(Number(count));
    if (Number.isNaN(c) || c < 0) c = 0;
    if (!(typeof SharedArrayBuffer === 'function' && ta.buffer instanceof SharedArrayBuffer)) return 0;
    return ns.atomicsNotify(key(ta, n), c);
  } }.notify);
})"#;

/// Wires `Atomics.wait`/`Atomics.notify` to the scheduler in a fresh context.
pub fn install_atomics(context: &mut Context) -> JsResult<()> {
    let f = context.eval(boa_engine::Source::from_bytes(ATOMICS_JS.as_bytes()))?;
    let ns = context
        .global_object()
        .get(js_string!("__nodescope"), context)?;
    if let Some(f) = f.as_callable() {
        f.call(&JsValue::undefined(), &[ns], context)?;
    }
    Ok(())
}
