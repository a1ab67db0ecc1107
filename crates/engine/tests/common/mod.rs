//! Helpers shared by the engine's trace tests.

use nodescope_engine::{run, EventKind, Options, Queue, Trace};

/// Runs `source` on a thread with a large stack (Boa's parser recurses deeply in debug builds).
pub fn trace_of(source: &str) -> Trace {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(32 << 20)
        .spawn(move || run(&source, &Options::default()).trace)
        .expect("spawn")
        .join()
        .expect("run")
}

/// The (label, line) of every promise job that starts, in order.
pub fn microtask_starts(trace: &Trace) -> Vec<(String, Option<u32>)> {
    trace
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::CallbackStart {
                queue: Queue::Microtask,
                label,
                line,
                ..
            } => Some((label.clone(), *line)),
            _ => None,
        })
        .collect()
}
