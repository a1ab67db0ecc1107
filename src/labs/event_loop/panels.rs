//! The event-loop lab's panels: pure views of one [`TraceState`]. Items carry `data-flip`
//! ids (the callback or request id) so that the lab can animate an item from the queue where
//! it waited to the call stack where it runs.

use std::rc::Rc;

use nodescope_engine::trace::{OutputStream, PoolWork, QueueItem, StackFrame};
use nodescope_engine::{Phase, Queue, TraceState};
use yew::prelude::*;

use super::describe::{format_ms, queue_class, queue_tag, LOOP_STOPS};
use super::timeline::Lateness;

/// Lanes show at most this many items, then "+N more".
const MAX_ITEMS_SHOWN: usize = 10;

fn flip_id(queue: Queue, id: u64) -> String {
    match queue {
        Queue::Threadpool => format!("req-{id}"),
        _ => format!("cb-{id}"),
    }
}

fn line_badge(line: Option<u32>) -> Html {
    match line {
        Some(line) => {
            html! { <span class="chip-line" title={format!("queued at line {line}")}>{format!("L{line}")}</span> }
        }
        None => html! {},
    }
}

/// One waiting item: tag, label, line, and (for timers) its due time.
fn chip(queue: Queue, item: &QueueItem, position: usize, clock_ns: u64) -> Html {
    let due = item.due_ms.map(|due_ms| {
        let due_ns = due_ms.saturating_mul(1_000_000);
        let when = if due_ns > clock_ns {
            format!("in {}", format_ms(due_ns - clock_ns))
        } else {
            "due now".to_string()
        };
        html! { <span class="chip-due">{format!("due {due_ms} ms · {when}")}</span> }
    });
    html! {
        <li key={item.id} class={classes!("chip", queue_class(queue), (position == 0).then_some("chip-next"))} data-flip={flip_id(queue, item.id)}>
            <span class="chip-tag">{queue_tag(queue)}</span>
            <span class="chip-label" title={item.label.clone()}>{&item.label}</span>
            { line_badge(item.line) }
            { for due }
        </li>
    }
}

fn chips(queue: Queue, items: &[QueueItem], clock_ns: u64, empty: &str) -> Html {
    if items.is_empty() {
        return html! { <p class="lane-empty">{empty}</p> };
    }
    let hidden = items.len().saturating_sub(MAX_ITEMS_SHOWN);
    html! {
        <ol class="chips">
            { for items.iter().take(MAX_ITEMS_SHOWN).enumerate().map(|(position, item)| chip(queue, item, position, clock_ns)) }
            if hidden > 0 {
                <li key="more" class="chip chip-more">{format!("+{hidden} more")}</li>
            }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
pub struct StateProps {
    pub state: Rc<TraceState>,
}

/// What is executing now, newest frame on top, with the queue each frame came from.
#[function_component(CallStack)]
pub fn call_stack(props: &StateProps) -> Html {
    let state = &props.state;
    let frames: Vec<&StackFrame> = state.stack.iter().rev().collect();
    html! {
        <section class="panel panel-stack" aria-labelledby="stack-title">
            <h3 id="stack-title">{"Call stack"}</h3>
            if frames.is_empty() {
                <p class="lane-empty">{ if state.exit_code.is_some() { "Empty: the process has exited." } else if state.step.is_none() { "Empty: press Step forward to start." } else if state.in_main { "The main module is about to run." } else { "Empty: the loop is between callbacks." } }</p>
            } else {
                <ol class="stack" aria-label="Frames, newest first">
                    { for frames.iter().enumerate().map(|(depth, frame)| html! {
                        <li key={frame.id} class={classes!("frame", queue_class(frame.queue), (depth == 0).then_some("frame-top"))} data-flip={flip_id(frame.queue, frame.id)}>
                            <span class="chip-tag">{queue_tag(frame.queue)}</span>
                            <span class="frame-label" title={frame.label.clone()}>{&frame.label}</span>
                            { line_badge(frame.line) }
                            if depth == 0 {
                                <span class="frame-from">{format!("running, from the {}", frame.queue.name())}</span>
                            }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LoopProps {
    pub state: Rc<TraceState>,
    /// The phase the loop is in or has just left, where the cursor rests between phases.
    pub cursor: Option<Phase>,
}

/// "turn 3", or "no turn yet" while the main module runs. The engine counts a turn from its
/// timers phase, so libuv's first timers phase (before its loop proper) is turn 1's.
fn turn_text(state: &TraceState) -> String {
    match state.iteration {
        0 => "no turn yet".to_string(),
        n => format!("turn {n}"),
    }
}

/// Where stop `index` (0 = timers, clockwise) sits on the loop's ellipse.
fn stop_position(index: usize) -> (f64, f64) {
    let (cx, cy, rx, ry) = (200.0_f64, 116.0_f64, 146.0_f64, 86.0_f64);
    let radians = (-90.0 + 60.0 * index as f64).to_radians();
    (cx + rx * radians.cos(), cy + ry * radians.sin())
}

/// The six phases as a cycle, the current one lit, with the turn and the clock inside. A
/// cursor travels from stop to stop as the loop moves on.
#[function_component(LoopCycle)]
pub fn loop_cycle(props: &LoopProps) -> Html {
    let state = &props.state;
    let stop_of = |phase: Phase| {
        LOOP_STOPS
            .iter()
            .position(|(_, _, phases)| phases.contains(&phase))
    };
    let current = state.phase.and_then(stop_of);
    let cursor = props.cursor.and_then(stop_of);
    let (box_w, box_h) = (118.0, 36.0);
    let status = if let Some(code) = state.exit_code {
        format!("exited with code {code}")
    } else if state.in_main {
        "main module running".to_string()
    } else if state.draining {
        "draining ticks, then jobs".to_string()
    } else if let Some(phase) = state.phase {
        format!("in the {} phase", phase.name())
    } else if state.step.is_none() {
        "not started".to_string()
    } else {
        "between phases".to_string()
    };
    let label = format!(
        "Event loop, {}; {}",
        if state.iteration == 0 {
            "before the first turn".to_string()
        } else {
            format!("turn {}", state.iteration)
        },
        current.map_or("no phase running".to_string(), |index| format!(
            "current phase: {}",
            LOOP_STOPS[index].0
        ))
    );
    // The cursor is re-created (not moved) when a new turn begins, just before its timers
    // phase, so that it never runs backwards across the ring.
    let cursor_key = format!("cursor-{}", state.iteration);
    html! {
        <section class="panel panel-loop" aria-labelledby="loop-title">
            <h3 id="loop-title">{"Event loop"}<small>{" libuv's phases, one turn clockwise"}</small></h3>
            <svg class="loop-svg" viewBox="0 0 400 234" role="img" aria-label={label}>
                <defs>
                    <marker id="loop-arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="loop-arrowhead" />
                    </marker>
                </defs>
                <ellipse class="loop-ring" cx="200" cy="116" rx="146" ry="86" />
                { for (0..6).map(|index| {
                    let (x1, y1) = stop_position(index);
                    let (x2, y2) = stop_position((index + 1) % 6);
                    // A short arrow in the middle of each stretch of the ring, pointing onwards.
                    let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
                    let (dx, dy) = ((x2 - x1) * 0.12, (y2 - y1) * 0.12);
                    html! { <path class="loop-step" d={format!("M {:.1} {:.1} L {:.1} {:.1}", mx - dx, my - dy, mx + dx, my + dy)} marker-end="url(#loop-arrow)" /> }
                }) }
                { for LOOP_STOPS.iter().enumerate().map(|(index, (name, class, _))| {
                    let (x, y) = stop_position(index);
                    let lit = current == Some(index);
                    html! {
                        <g class={classes!("loop-stop", *class, lit.then_some("loop-stop-lit"))}>
                            <rect x={format!("{:.1}", x - box_w / 2.0)} y={format!("{:.1}", y - box_h / 2.0)} width={box_w.to_string()} height={box_h.to_string()} rx="10" />
                            <text x={format!("{x:.1}")} y={format!("{:.1}", y + 5.5)} text-anchor="middle">{ if lit { format!("▸ {name}") } else { name.to_string() } }</text>
                        </g>
                    }
                }) }
                if let Some(index) = cursor {
                    <g key={cursor_key} class={classes!("loop-cursor", (current != Some(index)).then_some("loop-cursor-resting"))} style={{
                        let (x, y) = stop_position(index);
                        format!("transform: translate({:.1}px, {:.1}px)", x - box_w / 2.0 - 5.0, y - box_h / 2.0 - 5.0)
                    }}>
                        <rect x="0" y="0" width={(box_w + 10.0).to_string()} height={(box_h + 10.0).to_string()} rx="14" />
                    </g>
                }
                <text class="loop-center loop-turn" x="200" y="94" text-anchor="middle">{ turn_text(state) }</text>
                <text class="loop-center loop-clock" x="200" y="115" text-anchor="middle">{format!("clock {}", format_ms(state.t))}</text>
                <text class="loop-center loop-status" x="200" y="134" text-anchor="middle">{status}</text>
            </svg>
        </section>
    }
}

/// The two queues Node drains after every callback, in drain order.
#[function_component(MicroQueues)]
pub fn micro_queues(props: &StateProps) -> Html {
    let state = &props.state;
    let running = state.stack.last().map(|frame| frame.queue);
    let lane = |queue: Queue, order: &str, title: &str, hint: &str| {
        let active = running == Some(queue);
        html! {
            <div class={classes!("lane", queue_class(queue), active.then_some("lane-active"))}>
                <h4><span class="order">{order}</span>{title}{ if active { html!{ <span class="lane-now">{" ◂ draining"}</span> } } else { html!{} } }</h4>
                { chips(queue, state.queue(queue), state.t, hint) }
            </div>
        }
    };
    html! {
        <section class={classes!("panel", "panel-queues", state.draining.then_some("panel-draining"))} aria-labelledby="queues-title">
            <h3 id="queues-title">{"Between callbacks"}<small>{" drained after every callback, until both are empty"}</small></h3>
            { lane(Queue::NextTick, "1st", "process.nextTick queue", "empty") }
            { lane(Queue::Microtask, "2nd", "promise jobs (microtasks)", "empty") }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimersProps {
    pub state: Rc<TraceState>,
    /// Timer callbacks that already ran and how late (up to the current step).
    pub lateness: Vec<Lateness>,
}

/// Timers by due time against the clock, then the immediates, then rarer queues.
#[function_component(TimersPanel)]
pub fn timers_panel(props: &TimersProps) -> Html {
    let state = &props.state;
    let mut timers: Vec<QueueItem> = state.queue(Queue::Timers).to_vec();
    timers.sort_by_key(|item| item.due_ms.unwrap_or(u64::MAX));
    let max_late = props
        .lateness
        .iter()
        .map(|late| late.late_ns)
        .max()
        .unwrap_or(0)
        .max(1_000_000);
    let recent: Vec<&Lateness> = props.lateness.iter().rev().take(6).collect();
    html! {
        <section class="panel panel-timers" aria-labelledby="timers-title">
            <h3 id="timers-title">{"Timers & immediates"}<small>{format!(" clock {}", format_ms(state.t))}</small></h3>
            <div class={classes!("lane", "cat-timers", (state.phase == Some(Phase::Timers)).then_some("lane-active"))}>
                <h4>{"timers"}<small>{" (setTimeout, setInterval) by due time"}</small></h4>
                { chips(Queue::Timers, &timers, state.t, "none pending") }
            </div>
            <div class={classes!("lane", "cat-check", (state.phase == Some(Phase::Check)).then_some("lane-active"))}>
                <h4>{"immediates"}<small>{" (setImmediate), run in the check phase"}</small></h4>
                { chips(Queue::Check, state.queue(Queue::Check), state.t, "none") }
            </div>
            if !state.queue(Queue::Close).is_empty() {
                <div class="lane cat-close">
                    <h4>{"close callbacks"}</h4>
                    { chips(Queue::Close, state.queue(Queue::Close), state.t, "none") }
                </div>
            }
            if !recent.is_empty() {
                <div class="lateness" aria-label="How late timers ran">
                    <h4>{"ran late by"}<small>{" (due time → start)"}</small></h4>
                    <ol>
                        { for recent.iter().rev().map(|late| html! {
                            <li>
                                <span class="late-label">{format!("{} (due {} ms)", late.label, late.due_ms)}</span>
                                <span class="late-bar"><span style={format!("width: {:.1}%", late.late_ns as f64 * 100.0 / max_late as f64)}></span></span>
                                <span class="late-value">{format_ms(late.late_ns)}</span>
                            </li>
                        }) }
                    </ol>
                </div>
            }
        </section>
    }
}

/// Threads drawn at most; a bigger pool (UV_THREADPOOL_SIZE up to 1024) shows its busy threads.
const MAX_THREADS_DRAWN: usize = 16;

/// libuv's threads (4 unless UV_THREADPOOL_SIZE says otherwise), the requests waiting for one, and
/// completions waiting for poll.
#[function_component(PoolPanel)]
pub fn pool_panel(props: &StateProps) -> Html {
    let state = &props.state;
    let threads = state.pool.len();
    let drawn: Vec<(usize, &Option<PoolWork>)> = state
        .pool
        .iter()
        .enumerate()
        .filter(|(thread, work)| threads <= MAX_THREADS_DRAWN || *thread < 4 || work.is_some())
        .take(MAX_THREADS_DRAWN)
        .collect();
    let hidden = threads - drawn.len();
    let heading = format!(
        " {threads} thread{}; I/O times are modelled",
        if threads == 1 { "" } else { "s" }
    );
    html! {
        <section class="panel panel-pool" aria-labelledby="pool-title">
            <h3 id="pool-title">{"Threadpool & I/O"}<small>{heading}</small></h3>
            <ol class="threads">
                { for drawn.into_iter().map(|(thread, work)| html! {
                    <li class={classes!("thread", work.is_some().then_some("thread-busy"))}>
                        <span class="thread-name">{format!("thread {}", thread + 1)}</span>
                        { match work {
                            Some(work) => html! {
                                <span class="chip cat-pool" data-flip={format!("req-{}", work.req)}>
                                    <span class="chip-tag">{&work.op}</span>
                                    <span class="chip-label" title={work.label.clone()}>{work.label.strip_prefix(&format!("{} ", work.op)).unwrap_or(&work.label)}</span>
                                </span>
                            },
                            None => html! { <span class="thread-idle">{"idle"}</span> },
                        } }
                    </li>
                }) }
                if hidden > 0 {
                    <li class="thread"><span class="thread-idle">{format!("{hidden} more idle threads")}</span></li>
                }
            </ol>
            <div class="lane cat-pool">
                <h4>{"waiting for a thread"}</h4>
                { chips(Queue::Threadpool, state.queue(Queue::Threadpool), state.t, "none") }
            </div>
            <div class={classes!("lane", "cat-poll", (state.phase == Some(Phase::Poll)).then_some("lane-active"))}>
                <h4>{"completed, waiting for the poll phase"}</h4>
                { chips(Queue::Poll, state.queue(Queue::Poll), state.t, "none") }
            </div>
            if !state.queue(Queue::Pending).is_empty() {
                <div class="lane cat-pending">
                    <h4>{"pending callbacks"}</h4>
                    { chips(Queue::Pending, state.queue(Queue::Pending), state.t, "none") }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub state: Rc<TraceState>,
}

/// What the program printed so far; the line printed by the current step is marked.
#[function_component(ConsolePanel)]
pub fn console_panel(props: &ConsoleProps) -> Html {
    let state = &props.state;
    let list_ref = use_node_ref();
    {
        let list_ref = list_ref.clone();
        let n_lines = state.output.len();
        use_effect_with(n_lines, move |_| {
            if let Some(list) = list_ref.cast::<web_sys::Element>() {
                list.set_scroll_top(list.scroll_height());
            }
        });
    }
    let current = state.step;
    html! {
        <section class="panel panel-console" aria-labelledby="console-title">
            <h3 id="console-title">{"Console"}<small>{match state.output.len() { 1 => " 1 line".to_string(), n => format!(" {n} lines") }}</small></h3>
            <ol class="console" ref={list_ref} aria-label="Console output">
                { for state.output.iter().map(|line| {
                    let is_new = Some(line.step) == current;
                    let is_err = line.stream == OutputStream::Stderr;
                    html! {
                        <li class={classes!("console-line", is_err.then_some("stderr"), is_new.then_some("console-new"))}>
                            if is_err { <span class="stream-tag">{"stderr"}</span> }
                            <span class="console-text">{line.text.trim_end_matches('\n')}</span>
                        </li>
                    }
                }) }
            </ol>
            if state.output.is_empty() {
                <p class="lane-empty">{"Nothing printed yet."}</p>
            }
            if let Some(code) = state.exit_code {
                <p class={classes!("exit-line", (code != 0).then_some("exit-bad"))}>{format!("Process exited with code {code}")}</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nodescope_engine::trace::{OutputLine, PoolWork};

    /// Renders a component to HTML natively (Yew's `ssr`), without a browser.
    fn render<C>(props: impl FnOnce() -> C::Properties + Send + 'static) -> String
    where
        C: BaseComponent,
    {
        futures::executor::block_on(
            yew::ServerRenderer::<C>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }

    fn item(id: u64, label: &str, due_ms: Option<u64>) -> QueueItem {
        QueueItem {
            id,
            label: label.into(),
            line: Some(3),
            due_ms,
        }
    }

    fn busy_state() -> TraceState {
        let mut state = TraceState::new();
        state.step = Some(10);
        state.t = 2_000_000;
        state.iteration = 2;
        state.phase = Some(Phase::Check);
        state.stack.push(StackFrame {
            queue: Queue::Check,
            id: 9,
            label: "immediate callback".into(),
            line: Some(4),
        });
        state
            .queues
            .insert(Queue::NextTick, vec![item(1, "tick A", None)]);
        state.queues.insert(
            Queue::Microtask,
            vec![item(2, "job B", None), item(3, "job C", None)],
        );
        state.queues.insert(
            Queue::Timers,
            vec![item(5, "late", Some(30)), item(4, "soon", Some(10))],
        );
        state.pool[2] = Some(PoolWork {
            req: 7,
            op: "read".into(),
            label: "/app/logs/a.log".into(),
        });
        state.output.push(OutputLine {
            stream: OutputStream::Stdout,
            text: "hello\n".into(),
            step: 10,
        });
        state
    }

    #[test]
    fn the_stack_names_each_frame_and_where_it_came_from() {
        let html = render::<CallStack>(|| StateProps {
            state: Rc::new(busy_state()),
        });
        assert!(html.contains("immediate callback"), "{html}");
        assert!(html.contains("from the immediates"));
        assert!(html.contains("data-flip=\"cb-9\""));
        let empty = render::<CallStack>(|| StateProps {
            state: Rc::new(TraceState::new()),
        });
        assert!(empty.contains("press Step forward"));
    }

    #[test]
    fn both_microtask_lanes_show_their_items_in_order_with_tags() {
        let html = render::<MicroQueues>(|| StateProps {
            state: Rc::new(busy_state()),
        });
        let tick = html.find("tick A").unwrap();
        let job_b = html.find("job B").unwrap();
        let job_c = html.find("job C").unwrap();
        assert!(tick < job_b && job_b < job_c);
        assert!(html.contains(">tick<") && html.contains(">job<"));
        assert!(html.contains("1st") && html.contains("2nd"));
    }

    #[test]
    fn timers_are_sorted_by_due_time_against_the_clock() {
        let html = render::<TimersPanel>(|| TimersProps {
            state: Rc::new(busy_state()),
            lateness: vec![Lateness {
                step: 3,
                label: "timer".into(),
                due_ms: 1,
                late_ns: 500_000,
            }],
        });
        assert!(html.find("soon").unwrap() < html.find("late").unwrap());
        assert!(html.contains("due 10 ms · in 8.00 ms"), "{html}");
        assert!(html.contains("ran late by"));
        assert!(html.contains("0.500 ms"));
    }

    #[test]
    fn the_loop_lights_the_current_phase_and_the_pool_shows_busy_threads() {
        let loop_html = render::<LoopCycle>(|| LoopProps {
            state: Rc::new(busy_state()),
            cursor: Some(Phase::Check),
        });
        assert!(loop_html.contains("current phase: check"));
        assert!(loop_html.contains("▸ check"));
        assert!(loop_html.contains("loop-cursor"));
        assert!(loop_html.contains("turn 2"));
        let pool_html = render::<PoolPanel>(|| StateProps {
            state: Rc::new(busy_state()),
        });
        assert_eq!(pool_html.matches("thread-busy").count(), 1);
        assert!(pool_html.contains("/app/logs/a.log"));
        assert_eq!(pool_html.matches(">idle<").count(), 3);
    }

    #[test]
    fn the_console_marks_the_line_printed_by_this_step() {
        let html = render::<ConsolePanel>(|| ConsoleProps {
            state: Rc::new(busy_state()),
        });
        assert!(html.contains("console-new"));
        assert!(html.contains(">hello<"));
    }
}
