//! The event loop's trace: how iterations and phases line up, and how jobs are labelled.

mod common;

use common::{microtask_starts, trace_of};
use nodescope_engine::{EventKind, Phase, Queue};

/// Every timers phase belongs to an iteration that has already begun, and every iteration
/// begins with its timers phase: libuv's timers before its loop proper are iteration 1's.
#[test]
fn every_timers_phase_is_inside_an_iteration_that_begins_with_it() {
    let trace = trace_of(
        "setTimeout(() => { console.log('a'); setImmediate(() => console.log('b')); }, 0);\n\
         setTimeout(() => console.log('c'), 5);\n",
    );
    let mut iteration = 0;
    let mut last_was_iteration = false;
    let mut timers_phases = 0;
    for event in &trace.events {
        match &event.kind {
            EventKind::LoopIteration { n } => {
                assert_eq!(*n, iteration + 1, "iterations count up by one");
                iteration = *n;
                last_was_iteration = true;
                continue;
            }
            EventKind::PhaseEnter { phase } => {
                assert!(iteration > 0, "{phase:?} phase before iteration 1 began");
                if *phase == Phase::Timers {
                    timers_phases += 1;
                    assert!(last_was_iteration, "a timers phase that no iteration began");
                } else {
                    assert!(
                        !last_was_iteration,
                        "iteration {iteration} began with {phase:?}"
                    );
                }
            }
            _ => {}
        }
        last_was_iteration = false;
    }
    assert!(timers_phases >= 3, "expected several timers phases");
    assert_eq!(timers_phases, iteration, "one timers phase per iteration");
}

/// A queueMicrotask job is labelled with the user's callback, not the bootstrap's wrapper.
#[test]
fn queue_microtask_job_is_labelled_with_the_users_callback() {
    let trace = trace_of(
        "queueMicrotask(function greet() { console.log('hi'); });\n\
         queueMicrotask(() => console.log('arrow body'));\n",
    );
    let labels = microtask_starts(&trace);
    assert_eq!(
        labels,
        vec![
            ("greet".to_string(), Some(1)),
            ("console.log('arrow body')".to_string(), Some(2)),
        ]
    );
    let queued: Vec<String> = trace
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::Enqueue {
                queue: Queue::Microtask,
                label,
                ..
            } => Some(label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(queued, vec!["greet", "console.log('arrow body')"]);
}

#[test]
fn the_pool_starts_on_first_use_with_uv_threadpool_size_threads() {
    let trace = trace_of(
        "process.env.UV_THREADPOOL_SIZE = 2;\n\
         const fs = require('fs');\n\
         for (let i = 0; i < 5; i++) fs.readFile(__filename, () => {});\n",
    );
    let inits: Vec<u32> = trace
        .events
        .iter()
        .filter_map(|event| match event.kind {
            EventKind::PoolInit { threads } => Some(threads),
            _ => None,
        })
        .collect();
    assert_eq!(
        inits,
        vec![2],
        "one PoolInit, with the size the program set"
    );
    let threads_used: std::collections::BTreeSet<u32> = trace
        .events
        .iter()
        .filter_map(|event| match event.kind {
            EventKind::PoolStart { thread, .. } => Some(thread),
            _ => None,
        })
        .collect();
    assert_eq!(threads_used, [0, 1].into_iter().collect());
    let mut state = nodescope_engine::TraceState::new();
    for (index, event) in trace.events.iter().enumerate() {
        state.apply(index, event);
    }
    assert_eq!(state.pool.len(), 2, "the replayed state has two threads");
}
