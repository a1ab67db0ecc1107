//! The native bridge `__nodescope`: the functions the bootstrap and the builtin modules call to
//! reach the host (clock, queues, trace, output, fs, encodings).

use crate::host::{
    with_host, PoolRequest, Stop, DATE_ORIGIN_MS, NS_PER_CALLBACK, NS_PER_CLOCK_READ,
    NS_PER_INSTRUCTION,
};
use crate::modules;
use crate::trace::{EventKind, OutputStream, Queue};
use crate::vfs::{FsArg, FsError, FsValue};
use boa_engine::builtins::promise::PromiseState;
use boa_engine::error::RuntimeLimitError;
use boa_engine::object::builtins::{JsArray, JsArrayBuffer, JsPromise, JsTypedArray, JsUint8Array};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsArgs, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction, Source,
};
use std::path::Path;

/// Brings the simulated clock up to date with the instructions executed since the last sync.
pub fn sync_cpu(context: &Context) {
    let remaining = context.instructions_remaining() as u64;
    with_host(|h| {
        if h.instructions_at_sync > remaining {
            h.clock_ns += (h.instructions_at_sync - remaining) * NS_PER_INSTRUCTION;
        }
        h.instructions_at_sync = remaining;
    });
}

/// An error that JS cannot catch: it ends the run (process.exit, limits).
pub fn stop_error() -> JsError {
    RuntimeLimitError::Recursion.into()
}

fn arg_str(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(args
        .get_or_undefined(i)
        .to_string(context)?
        .to_std_string_escaped())
}

fn arg_num(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<f64> {
    args.get_or_undefined(i).to_number(context)
}

fn queue_of(name: &str) -> Option<Queue> {
    Some(match name {
        "main" => Queue::Main,
        "timers" => Queue::Timers,
        "pending" => Queue::Pending,
        "poll" => Queue::Poll,
        "check" => Queue::Check,
        "close" => Queue::Close,
        "next_tick" => Queue::NextTick,
        "microtask" => Queue::Microtask,
        "threadpool" => Queue::Threadpool,
        _ => return None,
    })
}

/// `ev(kind, queue, id, label, line, due)`: a core trace event from the bootstrap.
fn ev(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let kind = arg_str(args, 0, context)?;
    let queue = queue_of(&arg_str(args, 1, context)?);
    let id = arg_num(args, 2, context)? as u64;
    let label = arg_str(args, 3, context)?;
    let line = arg_num(args, 4, context)?;
    let line = if line >= 1.0 { Some(line as u32) } else { None };
    let due = arg_num(args, 5, context)?;
    let due_ms = if due >= 0.0 { Some(due as u64) } else { None };
    with_host(|h| {
        let event = match (kind.as_str(), queue) {
            ("enqueue", Some(queue)) => EventKind::Enqueue {
                queue,
                id,
                label,
                line,
                due_ms,
            },
            ("dequeue", Some(queue)) => EventKind::Dequeue { queue, id },
            ("cancel", Some(queue)) => EventKind::Cancel { queue, id },
            ("start", Some(queue)) => {
                h.callbacks_run += 1;
                if queue == Queue::Main {
                    h.record(EventKind::ScriptStart);
                }
                EventKind::CallbackStart {
                    queue,
                    id,
                    label,
                    line,
                }
            }
            ("end", Some(Queue::Main)) => {
                h.record(EventKind::CallbackEnd { id });
                EventKind::ScriptEnd
            }
            ("end", _) => EventKind::CallbackEnd { id },
            ("drainStart", _) => EventKind::DrainStart,
            ("drainEnd", _) => EventKind::DrainEnd,
            _ => return,
        };
        h.record(event);
    });
    check_limits(context)?;
    Ok(JsValue::undefined())
}

fn check_limits(_context: &mut Context) -> JsResult<()> {
    let stop = with_host(|h| {
        if h.callbacks_run > h.options.max_callbacks {
            let message = format!(
                "the program ran more than {} callbacks; nodescope stopped it (is something scheduling work forever?)",
                h.options.max_callbacks
            );
            h.stop = Some(Stop::Limit(message));
            return true;
        }
        if h.clock_ns / 1_000_000 > h.options.max_time_ms + crate::host::BOOT_NS / 1_000_000 {
            let message = format!(
                "the program ran for more than {} ms of simulated time; nodescope stopped it",
                h.options.max_time_ms
            );
            h.stop = Some(Stop::Limit(message));
            return true;
        }
        false
    });
    if stop {
        Err(stop_error())
    } else {
        Ok(())
    }
}

/// `trace(kind, data)`: a module-level event, e.g. `trace('stream.write', {...})`.
fn trace(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if !with_host(|h| h.recording()) {
        return Ok(JsValue::undefined());
    }
    sync_cpu(context);
    let kind = arg_str(args, 0, context)?;
    let data = match args.get_or_undefined(1).to_json(context) {
        Ok(Some(v)) => v,
        _ => serde_json::Value::Null,
    };
    let (module, name) = match kind.split_once('.') {
        Some((m, n)) => (m.to_string(), n.to_string()),
        None => (kind.clone(), String::new()),
    };
    with_host(|h| h.record(EventKind::Module { module, name, data }));
    Ok(JsValue::undefined())
}

fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let fd = arg_num(args, 0, context)?;
    let text = args
        .get_or_undefined(1)
        .to_string(context)?
        .to_std_string_lossy();
    let stream = if fd == 2.0 {
        OutputStream::Stderr
    } else {
        OutputStream::Stdout
    };
    with_host(|h| h.write(stream, &text));
    Ok(JsValue::undefined())
}

fn report_error(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let text = args
        .get_or_undefined(0)
        .to_string(context)?
        .to_std_string_lossy();
    let message = arg_str(args, 1, context)?;
    with_host(|h| {
        h.error_reported = true;
        h.record(EventKind::Error { message });
        h.write(OutputStream::Stderr, &text);
    });
    Ok(JsValue::undefined())
}

fn new_id(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_host(|h| h.new_id()) as f64))
}

fn recording(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_host(|h| h.recording())))
}

fn read_clock(context: &Context) -> u64 {
    sync_cpu(context);
    with_host(|h| {
        h.clock_ns += NS_PER_CLOCK_READ;
        h.clock_ns
    })
}

fn hrtime_ns(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(read_clock(context) as f64))
}

fn performance_now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(read_clock(context) as f64 / 1e6))
}

fn date_now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let ns = read_clock(context);
    Ok(JsValue::from((DATE_ORIGIN_MS + ns / 1_000_000) as f64))
}

fn date_origin(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(DATE_ORIGIN_MS as f64))
}

/// `getLibuvNow()`: Node updates libuv's loop time, then reads it (ms).
fn loop_now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    Ok(JsValue::from(with_host(|h| h.update_loop_time()) as f64))
}

fn callback_cost(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    with_host(|h| h.clock_ns += NS_PER_CALLBACK);
    Ok(JsValue::undefined())
}

/// `cpu(ns)`: charges simulated CPU time for work done natively (JSON.parse of a big input,
/// compression, hashing).
fn cpu(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let ns = arg_num(args, 0, context)?.max(0.0) as u64;
    with_host(|h| h.clock_ns += ns);
    Ok(JsValue::undefined())
}

fn random(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_host(|h| h.random())))
}

fn set_timer_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let next = arg_num(args, 0, context)?;
    let refs = arg_num(args, 1, context)?;
    with_host(|h| {
        h.timer_next_expiry = if next.is_finite() { next as i64 } else { -1 };
        h.timer_ref_count = refs as i64;
    });
    Ok(JsValue::undefined())
}

fn set_immediate_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let refs = arg_num(args, 0, context)?;
    let count = arg_num(args, 1, context)?;
    with_host(|h| {
        h.immediate_ref_count = refs as i64;
        h.immediate_count = count as i64;
    });
    Ok(JsValue::undefined())
}

fn ref_handle(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let delta = arg_num(args, 0, context)?;
    with_host(|h| h.ref_handles += delta as i64);
    Ok(JsValue::undefined())
}

fn set_context(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let value = args.get_or_undefined(0).clone();
    with_host(|h| h.current_context = value);
    Ok(JsValue::undefined())
}

fn get_context(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(with_host(|h| h.current_context.clone()))
}

fn run_microtasks_native(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    crate::runtime::run_microtasks(context)?;
    Ok(JsValue::undefined())
}

fn has_microtasks(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_host(|h| !h.microtasks.is_empty())))
}

fn has_rejections(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_host(|h| !h.rejections.is_empty())))
}

/// Returns `[op, promise, reason, context, op, promise, reason, context, …]` and clears the list.
fn take_rejections(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = with_host(|h| std::mem::take(&mut h.rejections));
    let array = JsArray::new(context)?;
    for (op, promise, reason, async_context) in list {
        array.push(JsValue::from(JsString::from(op.as_str())), context)?;
        array.push(JsValue::from(promise), context)?;
        array.push(reason, context)?;
        array.push(async_context, context)?;
    }
    Ok(array.into())
}

fn exit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = arg_num(args, 0, context)? as i32;
    with_host(|h| {
        if h.stop.is_none() {
            h.stop = Some(Stop::Exit(code));
        }
    });
    Err(stop_error())
}

fn promise_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.get_or_undefined(0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let Ok(promise) = JsPromise::from_object(obj.clone()) else {
        return Ok(JsValue::undefined());
    };
    let (state, value) = match promise.state() {
        PromiseState::Pending => ("pending", JsValue::undefined()),
        PromiseState::Fulfilled(v) => ("fulfilled", v),
        PromiseState::Rejected(v) => ("rejected", v),
    };
    let result = ObjectInitializer::new(context)
        .property(js_string!("state"), JsString::from(state), Attribute::all())
        .property(js_string!("value"), value, Attribute::all())
        .build();
    Ok(result.into())
}

fn filename(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(JsString::from(
        with_host(|h| h.options.filename.clone()).as_str(),
    )))
}

fn cwd(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(JsString::from(
        with_host(|h| h.vfs.cwd().to_string()).as_str(),
    )))
}

fn cli_args(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let args = with_host(|h| h.options.args.clone());
    let array = JsArray::new(context)?;
    for a in args {
        array.push(JsValue::from(JsString::from(a.as_str())), context)?;
    }
    Ok(array.into())
}

fn memory(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let heap_used = 4_500_000.0;
    let result = ObjectInitializer::new(context)
        .property(js_string!("rss"), 45_000_000.0, Attribute::all())
        .property(js_string!("heapTotal"), 6_000_000.0, Attribute::all())
        .property(js_string!("heapUsed"), heap_used, Attribute::all())
        .property(js_string!("external"), 1_000_000.0, Attribute::all())
        .property(js_string!("arrayBuffers"), 10_000.0, Attribute::all())
        .build();
    Ok(result.into())
}

/// The 1-based line in the user's source where a function is defined, or -1.
fn function_line(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.get_or_undefined(0).as_object() else {
        return Ok(JsValue::from(-1));
    };
    if !obj.is_callable() {
        return Ok(JsValue::from(-1));
    }
    let to_string = context
        .intrinsics()
        .constructors()
        .function()
        .prototype()
        .get(js_string!("toString"), context)?;
    let Some(to_string) = to_string.as_callable() else {
        return Ok(JsValue::from(-1));
    };
    let text = match to_string.call(&JsValue::from(obj.clone()), &[], context) {
        Ok(v) => v.to_string(context)?.to_std_string_escaped(),
        Err(_) => return Ok(JsValue::from(-1)),
    };
    if text.contains("[native code]") || text.len() < 3 {
        return Ok(JsValue::from(-1));
    }
    let line = with_host(|h| {
        h.source
            .find(&text)
            .map(|pos| h.source[..pos].matches('\n').count() + 1)
    });
    Ok(JsValue::from(line.map_or(-1.0, |l| l as f64)))
}

/// `errorLocation(err)`: the "file:line\nsource line\n   ^\n" header Node prints above an
/// uncaught error, from the first stack frame in the user's program.
fn error_location(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.get_or_undefined(0);
    let stack = match value.as_object() {
        Some(obj) => obj.get(js_string!("stack"), context).unwrap_or_default(),
        None => JsValue::undefined(),
    };
    let stack = if stack.is_string() {
        stack.to_string(context)?.to_std_string_escaped()
    } else {
        String::new()
    };
    let (filename, source) = with_host(|h| (h.options.filename.clone(), h.source.clone()));
    let needle = format!("{filename}:");
    for line in stack.lines() {
        if let Some(pos) = line.find(&needle) {
            let rest = &line[pos + needle.len()..];
            let mut parts = rest.split(|c: char| !c.is_ascii_digit());
            let line_no: usize = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let col: usize = parts.next().and_then(|s| s.parse().ok()).unwrap_or(1);
            if line_no == 0 {
                continue;
            }
            let src_line = source.lines().nth(line_no - 1).unwrap_or("");
            let caret = format!("{}^", " ".repeat(col.saturating_sub(1)));
            return Ok(JsValue::from(JsString::from(
                format!("{filename}:{line_no}\n{src_line}\n{caret}\n").as_str(),
            )));
        }
    }
    Ok(JsValue::undefined())
}

fn last_throw_location(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

fn builtin_names(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let array = JsArray::new(context)?;
    for name in modules::names() {
        array.push(JsValue::from(JsString::from(name.as_str())), context)?;
    }
    Ok(array.into())
}

/// Compiles a CommonJS wrapper around `source`, evaluated with `path` for stack traces.
fn compile_wrapper(
    source: &str,
    path: &str,
    params: &str,
    context: &mut Context,
) -> JsResult<JsValue> {
    let wrapped = format!("(function ({params}) {{{source}\n}})");
    context.eval(Source::from_bytes(wrapped.as_bytes()).with_path(Path::new(path)))
}

fn compile_builtin(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg_str(args, 0, context)?;
    let source = modules::source(&name)
        .ok_or_else(|| JsNativeError::typ().with_message(format!("no builtin module {name}")))?;
    compile_wrapper(
        &source,
        &format!("node:{name}"),
        "exports, require, module, internals",
        context,
    )
}

fn compile_user(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, context)?;
    let (source, is_main) = with_host(|h| {
        if path == h.options.filename {
            (Some(h.source.clone()), true)
        } else {
            let text = h
                .vfs
                .perform("readFile", &[FsArg::Str(path.clone())], 0)
                .ok()
                .and_then(|v| match v {
                    FsValue::Bytes(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                    _ => None,
                });
            (text, false)
        }
    });
    let source = source.ok_or_else(|| {
        JsNativeError::error().with_message(format!("Cannot find module '{path}'"))
    })?;
    let source = source
        .strip_prefix("#!")
        .map_or(source.clone(), |rest| format!("//{rest}"));
    let _ = is_main;
    compile_wrapper(
        &source,
        &path,
        "exports, require, module, __filename, __dirname",
        context,
    )
}

fn file_exists(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, context)?;
    Ok(JsValue::from(with_host(|h| h.vfs.is_file(&path))))
}

fn read_file_text(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg_str(args, 0, context)?;
    let text = with_host(
        |h| match h.vfs.perform("readFile", &[FsArg::Str(path.clone())], 0) {
            Ok(FsValue::Bytes(b)) => String::from_utf8_lossy(&b).into_owned(),
            _ => String::new(),
        },
    );
    Ok(JsValue::from(JsString::from(text.as_str())))
}

/// Copies the bytes of a Uint8Array (or any typed array / ArrayBuffer view) out of JS.
pub fn bytes_of(value: &JsValue, context: &mut Context) -> JsResult<Vec<u8>> {
    let Some(obj) = value.as_object() else {
        return Ok(Vec::new());
    };
    if let Ok(buffer) = JsArrayBuffer::from_object(obj.clone()) {
        return Ok(buffer.data().map(|d| d.to_vec()).unwrap_or_default());
    }
    let typed = JsTypedArray::from_object(obj.clone())?;
    let offset = typed.byte_offset(context)?;
    let length = typed.byte_length(context)?;
    let buffer = typed.buffer(context)?;
    let Some(buffer_obj) = buffer.as_object() else {
        return Ok(Vec::new());
    };
    if let Ok(buffer) = JsArrayBuffer::from_object(buffer_obj.clone()) {
        let data = buffer
            .data()
            .map(|d| d[offset..offset + length].to_vec())
            .unwrap_or_default();
        return Ok(data);
    }
    // SharedArrayBuffer or something else: fall back to element reads.
    let mut out = Vec::with_capacity(length);
    for i in 0..length {
        out.push(typed.at(i as i64, context)?.to_number(context)? as u8);
    }
    Ok(out)
}

pub fn uint8array(bytes: Vec<u8>, context: &mut Context) -> JsResult<JsValue> {
    let block = boa_engine::object::builtins::AlignedVec::from_iter(0, bytes);
    let buffer = JsArrayBuffer::from_byte_block(block, context)?;
    Ok(JsUint8Array::from_array_buffer(buffer, context)?.into())
}

fn fs_args(value: &JsValue, context: &mut Context) -> JsResult<Vec<FsArg>> {
    let mut out = Vec::new();
    let Some(obj) = value.as_object() else {
        return Ok(out);
    };
    let array = JsArray::from_object(obj.clone())?;
    let len = array.length(context)?;
    for i in 0..len {
        let v = array.get(i, context)?;
        out.push(if v.is_string() {
            FsArg::Str(v.to_string(context)?.to_std_string_escaped())
        } else if v.is_number() || v.is_boolean() {
            FsArg::Num(v.to_number(context)?)
        } else if v.is_object() {
            FsArg::Bytes(bytes_of(&v, context)?)
        } else {
            FsArg::Null
        });
    }
    Ok(out)
}

/// Converts an fs result to JS: `[errorInfo|null, value]`.
pub fn fs_result_to_js(
    result: Result<FsValue, FsError>,
    context: &mut Context,
) -> JsResult<(JsValue, JsValue)> {
    match result {
        Ok(value) => {
            let v = match value {
                FsValue::None => JsValue::undefined(),
                FsValue::Num(n) => JsValue::from(n),
                FsValue::Bool(b) => JsValue::from(b),
                FsValue::Bytes(b) => uint8array(b, context)?,
                FsValue::Names(names) => {
                    let array = JsArray::new(context)?;
                    for n in names {
                        array.push(JsValue::from(JsString::from(n.as_str())), context)?;
                    }
                    array.into()
                }
                FsValue::Stat {
                    size,
                    is_file,
                    mtime_ms,
                    ino,
                } => ObjectInitializer::new(context)
                    .property(js_string!("size"), size as f64, Attribute::all())
                    .property(js_string!("isFile"), is_file, Attribute::all())
                    .property(
                        js_string!("mtimeMs"),
                        (DATE_ORIGIN_MS + mtime_ms) as f64,
                        Attribute::all(),
                    )
                    .property(js_string!("ino"), ino as f64, Attribute::all())
                    .build()
                    .into(),
            };
            Ok((JsValue::null(), v))
        }
        Err(e) => {
            let err = ObjectInitializer::new(context)
                .property(js_string!("code"), JsString::from(e.code), Attribute::all())
                .property(js_string!("errno"), e.errno, Attribute::all())
                .property(
                    js_string!("syscall"),
                    JsString::from(e.syscall.as_str()),
                    Attribute::all(),
                )
                .property(
                    js_string!("path"),
                    e.path.map_or(JsValue::undefined(), |p| {
                        JsValue::from(JsString::from(p.as_str()))
                    }),
                    Attribute::all(),
                )
                .property(
                    js_string!("description"),
                    JsString::from(e.description),
                    Attribute::all(),
                )
                .build();
            Ok((err.into(), JsValue::undefined()))
        }
    }
}

/// libuv's `init_threads`: on the first request, the pool gets `UV_THREADPOOL_SIZE` threads as the
/// process environment says now (C's `atoi`: 0 or no number means 1, at most 1024), else 4.
fn start_pool_once(context: &mut Context) -> JsResult<()> {
    if with_host(|h| h.pool_size.is_some()) {
        return Ok(());
    }
    let process = context
        .global_object()
        .get(js_string!("process"), context)?;
    let value = match process.as_object() {
        Some(process) => match process.get(js_string!("env"), context)?.as_object() {
            Some(env) => env.get(js_string!("UV_THREADPOOL_SIZE"), context)?,
            None => JsValue::undefined(),
        },
        None => JsValue::undefined(),
    };
    let threads = if value.is_undefined() {
        crate::trace::POOL_SIZE
    } else {
        let text = value.to_string(context)?.to_std_string_escaped();
        match c_atoi(&text) {
            0 => 1,
            n if !(0..=1024).contains(&n) => 1024,
            n => n as usize,
        }
    };
    with_host(|h| {
        h.pool_size = Some(threads);
        h.pool_free_at.resize(threads, 0);
        h.record(EventKind::PoolInit {
            threads: threads as u32,
        });
    });
    Ok(())
}

/// C's `atoi`: optional leading whitespace and sign, then digits; anything else ends the number.
fn c_atoi(text: &str) -> i64 {
    let text = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'-') => (-1, &text[1..]),
        Some(b'+') => (1, &text[1..]),
        _ => (1, text),
    };
    let mut n: i64 = 0;
    for b in digits.bytes().take_while(u8::is_ascii_digit) {
        n = (n * 10 + i64::from(b - b'0')).min(i64::from(u32::MAX));
    }
    sign * n
}

/// `fsSubmit(op, args, label, callback)`: queues an fs request on the threadpool; the callback
/// later runs in the poll phase as `callback(errorInfo|null, value)`.
fn fs_submit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    start_pool_once(context)?;
    let op = arg_str(args, 0, context)?;
    let fs_args = fs_args(args.get_or_undefined(1), context)?;
    let label = arg_str(args, 2, context)?;
    let callback = args
        .get_or_undefined(3)
        .as_object()
        .filter(|o| o.is_callable())
        .ok_or_else(|| JsNativeError::typ().with_message("fsSubmit needs a callback"))?
        .clone();
    let req = with_host(|h| {
        let req = h.new_id();
        let cost_ns = crate::runtime::fs_cost_ns(h, &op, &fs_args);
        let context_value = h.current_context.clone();
        h.record(EventKind::Enqueue {
            queue: Queue::Threadpool,
            id: req,
            label: label.clone(),
            line: None,
            due_ms: None,
        });
        h.pool_waiting.push_back(PoolRequest {
            req,
            op,
            args: fs_args,
            label,
            callback,
            context: context_value,
            cost_ns,
        });
        crate::runtime::schedule_pool(h);
        req
    });
    Ok(JsValue::from(req as f64))
}

/// `fsSync(op, args)`: performs an fs operation synchronously; returns `[errorInfo|null, value]`.
fn fs_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let op = arg_str(args, 0, context)?;
    let fs_args = fs_args(args.get_or_undefined(1), context)?;
    let result = with_host(|h| {
        let cost = crate::runtime::fs_cost_ns(h, &op, &fs_args);
        h.clock_ns += cost;
        let now_ms = h.clock_ns / 1_000_000;
        h.vfs.perform(&op, &fs_args, now_ms)
    });
    let (err, value) = fs_result_to_js(result, context)?;
    let array = JsArray::new(context)?;
    array.push(err, context)?;
    array.push(value, context)?;
    Ok(array.into())
}

/// `poolWork(costNs, label, callback)`: CPU work on the threadpool (zlib, crypto): the callback
/// runs in the poll phase once a thread has spent `costNs` on it.
fn pool_work(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    start_pool_once(context)?;
    let cost_ns = arg_num(args, 0, context)?.max(0.0) as u64;
    let label = arg_str(args, 1, context)?;
    let callback = callable_arg(args, 2)?;
    let req = with_host(|h| {
        let req = h.new_id();
        h.record(EventKind::Enqueue {
            queue: Queue::Threadpool,
            id: req,
            label: label.clone(),
            line: None,
            due_ms: None,
        });
        let context_value = h.current_context.clone();
        h.pool_waiting.push_back(PoolRequest {
            req,
            op: "work".into(),
            args: Vec::new(),
            label,
            callback,
            context: context_value,
            cost_ns,
        });
        crate::runtime::schedule_pool(h);
        req
    });
    Ok(JsValue::from(req as f64))
}

/// `ioSchedule(delayNs, label, callback, refed)`: I/O that completes after `delayNs` without the
/// threadpool (a socket write draining, bytes arriving from the simulated network). The
/// callback runs in the poll phase as `callback(null, undefined)`.
fn io_schedule(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let delay_ns = arg_num(args, 0, context)?.max(0.0) as u64;
    let label = arg_str(args, 1, context)?;
    let callback = callable_arg(args, 2)?;
    let refed = args.get(3).is_none_or(|v| v.to_boolean());
    let req = with_host(|h| {
        let req = h.new_id();
        let done_ns = h.clock_ns + delay_ns;
        let context_value = h.current_context.clone();
        h.timed_io.push((
            crate::host::Completion {
                req,
                callback,
                context: context_value,
                result: Ok(FsValue::None),
                done_ns,
                label,
            },
            refed,
        ));
        req
    });
    Ok(JsValue::from(req as f64))
}

/// `heap(deltaBytes, what)`: accounts bytes alive in buffers; past the heap limit the process
/// dies the way V8 does when it runs out of heap.
fn heap(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let delta = arg_num(args, 0, context)?;
    let what = arg_str(args, 1, context)?;
    let over = with_host(|h| {
        h.heap_bytes = (h.heap_bytes as f64 + delta).max(0.0) as u64;
        if h.recording() {
            let data = serde_json::json!({ "bytes": h.heap_bytes, "delta": delta, "what": what, "limit": h.options.heap_limit_bytes,
                "note": format!("Memory held by buffers is now {} bytes ({what}).", h.heap_bytes) });
            h.record(EventKind::Module {
                module: "memory".into(),
                name: "change".into(),
                data,
            });
        }
        h.heap_bytes > h.options.heap_limit_bytes
    });
    if over {
        with_host(|h| {
            let ms = h.clock_ns / 1_000_000;
            let text = format!(
                "\n<--- Last few GCs --->\n\n[4242:0x5581c0]     {ms} ms: Mark-Compact (reduce) {:.1} (-> {:.1}) MB, pooled: 0 MB\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n",
                h.heap_bytes as f64 / 1048576.0,
                h.options.heap_limit_bytes as f64 / 1048576.0
            );
            h.record(EventKind::Error { message: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory".into() });
            h.write(OutputStream::Stderr, &text);
            h.stop = Some(Stop::Exit(134));
        });
        return Err(stop_error());
    }
    Ok(JsValue::from(with_host(|h| h.heap_bytes) as f64))
}

/// `model()`: the run's modelled world (`Options::model`) as a plain object.
fn model(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let json =
        with_host(|h| serde_json::to_value(&h.options.model)).unwrap_or(serde_json::Value::Null);
    JsValue::from_json(&json, context)
}

fn callable_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    Ok(args
        .get_or_undefined(i)
        .as_object()
        .filter(|o| o.is_callable())
        .ok_or_else(|| JsNativeError::typ().with_message("a callback is required"))?
        .clone())
}

fn structured_clone(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.get_or_undefined(0).clone();
    let global = context.global_object();
    let clone_fn = global.get(js_string!("__nodescopeClone"), context)?;
    if let Some(f) = clone_fn.as_callable() {
        return f.call(
            &JsValue::undefined(),
            &[value, args.get_or_undefined(1).clone()],
            context,
        );
    }
    Ok(value)
}

/// Installs `__nodescope` on the global object.
pub fn install(context: &mut Context) -> JsResult<()> {
    type Native = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;
    let functions: &[(&str, Native, usize)] = &[
        ("ev", ev, 6),
        ("trace", trace, 2),
        ("write", write, 2),
        ("reportError", report_error, 2),
        ("newId", new_id, 0),
        ("recording", recording, 0),
        ("hrtimeNs", hrtime_ns, 0),
        ("performanceNow", performance_now, 0),
        ("dateNow", date_now, 0),
        ("dateOrigin", date_origin, 0),
        ("loopNow", loop_now, 0),
        ("callbackCost", callback_cost, 0),
        ("cpu", cpu, 1),
        ("random", random, 0),
        ("setTimerState", set_timer_state, 2),
        ("setImmediateState", set_immediate_state, 2),
        ("refHandle", ref_handle, 1),
        ("setContext", set_context, 1),
        ("getContext", get_context, 0),
        ("runMicrotasks", run_microtasks_native, 0),
        ("hasMicrotasks", has_microtasks, 0),
        ("hasRejections", has_rejections, 0),
        ("takeRejections", take_rejections, 0),
        ("exit", exit, 1),
        ("promiseState", promise_state, 1),
        ("filename", filename, 0),
        ("cwd", cwd, 0),
        ("args", cli_args, 0),
        ("memory", memory, 0),
        ("functionLine", function_line, 1),
        ("errorLocation", error_location, 1),
        ("lastThrowLocation", last_throw_location, 0),
        ("builtinNames", builtin_names, 0),
        ("compileBuiltin", compile_builtin, 1),
        ("compileUser", compile_user, 1),
        ("fileExists", file_exists, 1),
        ("readFileText", read_file_text, 1),
        ("fsSubmit", fs_submit, 4),
        ("fsSync", fs_sync, 2),
        ("structuredClone", structured_clone, 2),
        ("poolWork", pool_work, 3),
        ("ioSchedule", io_schedule, 4),
        ("heap", heap, 2),
        ("model", model, 0),
        // worker_threads (see workers.rs)
        ("wtInfo", crate::workers::wt_info, 0),
        ("wtSetDispatcher", crate::workers::wt_set_dispatcher, 1),
        ("wtChannel", crate::workers::wt_channel, 0),
        ("wtPost", crate::workers::wt_post, 3),
        ("wtStart", crate::workers::wt_start, 2),
        ("wtBcJoin", crate::workers::wt_bc_join, 1),
        ("wtBcPeers", crate::workers::wt_bc_peers, 1),
        ("wtSendTo", crate::workers::wt_send_to, 2),
        ("wtClose", crate::workers::wt_close, 1),
        ("wtReceive", crate::workers::wt_receive, 2),
        ("wtSpawn", crate::workers::wt_spawn, 5),
        ("wtTerminate", crate::workers::wt_terminate, 1),
        ("wtPostError", crate::workers::wt_post_error, 1),
        ("wtBlobPut", crate::workers::wt_blob_put, 2),
        ("wtBlobTake", crate::workers::wt_blob_take, 1),
        ("wtSabPut", crate::workers::wt_sab_put, 1),
        ("wtSabGet", crate::workers::wt_sab_get, 1),
        ("atomicsWait", crate::workers::atomics_wait, 2),
        ("atomicsNotify", crate::workers::atomics_notify, 2),
    ];
    let mut init = ObjectInitializer::new(context);
    for (name, f, len) in functions {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    let ns: JsObject = init.build();
    let encoding = crate::encoding_natives::build(context);
    ns.set(js_string!("encoding"), encoding, false, context)?;
    let crypto = crate::crypto_natives::build(context);
    ns.set(js_string!("crypto"), crypto, false, context)?;
    context.register_global_property(js_string!("__nodescope"), ns, Attribute::all())?;
    Ok(())
}
