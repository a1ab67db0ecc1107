//! Words for trace events: the narration line (the engine's `note`, or a plain fallback when
//! a trace has none) and the short names the panels use for queues.

use nodescope_engine::{Event, EventKind, Phase, Queue};

/// The one sentence shown and announced for a step.
pub fn narration(event: &Event) -> String {
    if !event.note.trim().is_empty() {
        return event.note.clone();
    }
    fallback(&event.kind)
}

fn fallback(kind: &EventKind) -> String {
    match kind {
        EventKind::ScriptStart => "The main module starts running, top to bottom.".into(),
        EventKind::ScriptEnd => {
            "The main module has returned; Node drains process.nextTick, then promise jobs, then enters the event loop.".into()
        }
        EventKind::LoopIteration { n } => format!("Turn {n} of the event loop begins."),
        EventKind::PhaseEnter { phase } => format!("The loop enters the {} phase.", phase.name()),
        EventKind::PhaseLeave { phase } => format!("The loop leaves the {} phase.", phase.name()),
        EventKind::Enqueue {
            queue, label, due_ms, ..
        } => match due_ms {
            Some(due) => format!("{label} is queued in the {}, due at {due} ms.", queue.name()),
            None => format!("{label} is queued in the {}.", queue.name()),
        },
        EventKind::Dequeue { queue, .. } => format!("The next item leaves the {}.", queue.name()),
        EventKind::Cancel { queue, .. } => format!("An item is cancelled and leaves the {}.", queue.name()),
        EventKind::CallbackStart { queue, label, .. } => {
            format!("{label} runs, taken from the {}.", queue.name())
        }
        EventKind::CallbackEnd { .. } => "The callback returns; the call stack unwinds.".into(),
        EventKind::DrainStart => {
            "After a callback Node drains the nextTick queue, then the promise jobs.".into()
        }
        EventKind::DrainEnd => "Both in-between queues are empty.".into(),
        EventKind::PoolStart { thread, op, label, .. } => {
            format!("Thread {} of the pool starts {op} for {label}.", thread + 1)
        }
        EventKind::PoolDone { thread, .. } => format!(
            "Thread {} finishes; the completion waits for the poll phase.",
            thread + 1
        ),
        EventKind::PoolInit { threads } => format!("The threadpool starts with {threads} threads."),
        EventKind::PollWait { until_ms } => {
            format!("Nothing to run: the poll phase waits until {until_ms} ms.")
        }
        EventKind::Output { .. } => "The program prints a line.".into(),
        EventKind::Module { module, name, .. } => format!("{module}: {name}."),
        EventKind::Error { message } => format!("Uncaught: {message}"),
        EventKind::Exit { code } => format!("The process exits with code {code}."),
    }
}

/// The short tag drawn on items of a queue (so that nothing relies on colour alone).
pub fn queue_tag(queue: Queue) -> &'static str {
    match queue {
        Queue::Main => "main",
        Queue::Timers => "timer",
        Queue::Pending => "pending",
        Queue::Poll => "I/O",
        Queue::Check => "immediate",
        Queue::Close => "close",
        Queue::NextTick => "tick",
        Queue::Microtask => "job",
        Queue::Threadpool => "pool",
    }
}

/// The CSS class suffix for a queue's colour and pattern (`cat-<name>`).
pub fn queue_class(queue: Queue) -> &'static str {
    match queue {
        Queue::Main => "cat-main",
        Queue::Timers => "cat-timers",
        Queue::Pending => "cat-pending",
        Queue::Poll => "cat-poll",
        Queue::Check => "cat-check",
        Queue::Close => "cat-close",
        Queue::NextTick => "cat-tick",
        Queue::Microtask => "cat-micro",
        Queue::Threadpool => "cat-pool",
    }
}

/// The loop's phases as the lab draws them: idle and prepare share a stop.
pub const LOOP_STOPS: [(&str, &str, &[Phase]); 6] = [
    ("timers", "cat-timers", &[Phase::Timers]),
    ("pending", "cat-pending", &[Phase::Pending]),
    ("idle, prepare", "cat-idle", &[Phase::Idle, Phase::Prepare]),
    ("poll", "cat-poll", &[Phase::Poll]),
    ("check", "cat-check", &[Phase::Check]),
    ("close", "cat-close", &[Phase::Close]),
];

/// Simulated nanoseconds as milliseconds for display ("12.5 ms", "0.004 ms").
pub fn format_ms(t_ns: u64) -> String {
    let ms = t_ns as f64 / 1_000_000.0;
    if ms == 0.0 {
        "0 ms".into()
    } else if ms < 1.0 {
        format!("{ms:.3} ms")
    } else if ms < 100.0 {
        format!("{:.2} ms", ms)
    } else {
        format!("{:.1} ms", ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_note_wins_and_every_kind_has_a_fallback() {
        let event = Event {
            t: 0,
            kind: EventKind::DrainStart,
            note: "nextTick queue drains before promise jobs.".into(),
        };
        assert_eq!(
            narration(&event),
            "nextTick queue drains before promise jobs."
        );
        let bare = Event {
            note: String::new(),
            ..event
        };
        assert!(narration(&bare).contains("nextTick"));
    }

    #[test]
    fn times_read_naturally() {
        assert_eq!(format_ms(0), "0 ms");
        assert_eq!(format_ms(4_000), "0.004 ms");
        assert_eq!(format_ms(12_500_000), "12.50 ms");
        assert_eq!(format_ms(1_234_000_000), "1234.0 ms");
    }
}
