//! The timeline: every callback of a run as a bar in its queue's lane, over the run's steps,
//! with simulated time marked along it. It doubles as the scrubber. The bars are computed once
//! per trace ([`TimelineData::new`]); moving the cursor re-renders only the cursor.

use std::collections::BTreeMap;
use std::rc::Rc;

use nodescope_engine::{EventKind, Queue, Trace};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::describe::format_ms;

/// The lanes, top to bottom: a label and the colour/pattern class.
pub const LANES: [(&str, &str); 8] = [
    ("main", "cat-main"),
    ("nextTick", "cat-tick"),
    ("promise jobs", "cat-micro"),
    ("timers", "cat-timers"),
    ("I/O (poll)", "cat-poll"),
    ("immediates", "cat-check"),
    ("close", "cat-close"),
    ("threadpool", "cat-pool"),
];

const POOL_LANE: usize = 7;

/// Lanes with more bars than this are merged into runs, so huge traces stay cheap to draw.
const MAX_BARS_PER_LANE: usize = 1200;

fn lane_of(queue: Queue) -> usize {
    match queue {
        Queue::Main => 0,
        Queue::NextTick => 1,
        Queue::Microtask => 2,
        Queue::Timers => 3,
        Queue::Poll | Queue::Pending => 4,
        Queue::Check => 5,
        Queue::Close => 6,
        Queue::Threadpool => POOL_LANE,
    }
}

/// One callback (or a run of merged callbacks) on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub lane: usize,
    /// Index of the event where it starts.
    pub start: usize,
    /// Index of the event where it ends (exclusive of later steps).
    pub end: usize,
    pub label: String,
    /// How many callbacks this bar stands for (more than 1 once merged).
    pub count: usize,
}

/// A label of simulated time at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub step: usize,
    pub label: String,
}

/// How late a timer callback ran compared with its due time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lateness {
    /// Index of the event where the callback started.
    pub step: usize,
    pub label: String,
    pub due_ms: u64,
    pub late_ns: u64,
}

/// Everything the timeline draws for one trace. `Eq`, so that comparing two `Rc`s of it
/// (Yew's props check on every step) is a pointer comparison when they are the same.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimelineData {
    pub len: usize,
    pub bars: Vec<Bar>,
    pub marks: Vec<Mark>,
    pub lateness: Vec<Lateness>,
    pub end_t: u64,
}

impl TimelineData {
    pub fn new(trace: &Trace) -> Self {
        let len = trace.events.len();
        let mut open: BTreeMap<(bool, u64), (usize, usize, String)> = BTreeMap::new();
        let mut bars_by_lane: Vec<Vec<Bar>> = vec![Vec::new(); LANES.len()];
        let mut timer_due: BTreeMap<u64, u64> = BTreeMap::new();
        let mut lateness = Vec::new();
        for (index, event) in trace.events.iter().enumerate() {
            match &event.kind {
                EventKind::CallbackStart {
                    queue, id, label, ..
                } => {
                    open.insert((false, *id), (lane_of(*queue), index, label.clone()));
                    if *queue == Queue::Timers {
                        if let Some(due_ms) = timer_due.get(id) {
                            let due_ns = due_ms.saturating_mul(1_000_000);
                            lateness.push(Lateness {
                                step: index,
                                label: label.clone(),
                                due_ms: *due_ms,
                                late_ns: event.t.saturating_sub(due_ns),
                            });
                        }
                    }
                }
                EventKind::CallbackEnd { id } => {
                    if let Some((lane, start, label)) = open.remove(&(false, *id)) {
                        bars_by_lane[lane].push(Bar {
                            lane,
                            start,
                            end: index,
                            label,
                            count: 1,
                        });
                    }
                }
                EventKind::PoolStart { req, op, label, .. } => {
                    open.insert((true, *req), (POOL_LANE, index, format!("{op} {label}")));
                }
                EventKind::PoolDone { req, .. } => {
                    if let Some((lane, start, label)) = open.remove(&(true, *req)) {
                        bars_by_lane[lane].push(Bar {
                            lane,
                            start,
                            end: index,
                            label,
                            count: 1,
                        });
                    }
                }
                EventKind::Enqueue {
                    queue: Queue::Timers,
                    id,
                    due_ms: Some(due_ms),
                    ..
                } => {
                    timer_due.insert(*id, *due_ms);
                }
                _ => {}
            }
        }
        for (lane, start, label) in open.into_values() {
            bars_by_lane[lane].push(Bar {
                lane,
                start,
                end: len,
                label,
                count: 1,
            });
        }
        let min_gap = (len / 1500).max(1);
        let mut bars = Vec::new();
        for mut lane_bars in bars_by_lane {
            lane_bars.sort_by_key(|bar| bar.start);
            if lane_bars.len() > MAX_BARS_PER_LANE {
                lane_bars = merge(lane_bars, min_gap);
            }
            bars.extend(lane_bars);
        }
        TimelineData {
            len,
            bars,
            marks: marks(trace),
            lateness,
            end_t: trace.events.last().map_or(0, |event| event.t),
        }
    }

    /// The horizontal position of a step, in percent.
    pub fn percent(&self, step: usize) -> f64 {
        if self.len == 0 {
            0.0
        } else {
            step.min(self.len) as f64 * 100.0 / self.len as f64
        }
    }
}

fn merge(bars: Vec<Bar>, min_gap: usize) -> Vec<Bar> {
    let mut merged: Vec<Bar> = Vec::new();
    for bar in bars {
        match merged.last_mut() {
            Some(last) if bar.start <= last.end + min_gap => {
                last.end = last.end.max(bar.end);
                last.count += bar.count;
                last.label = format!("{} callbacks", last.count);
            }
            _ => merged.push(bar),
        }
    }
    merged
}

/// Time labels: the start, every jump of the clock (the poll phase waiting), and enough in
/// between to read the axis, never closer than 9% of the width.
fn marks(trace: &Trace) -> Vec<Mark> {
    let len = trace.events.len();
    let mut marks: Vec<Mark> = Vec::new();
    if len == 0 {
        return marks;
    }
    let min_distance = (len * 9 / 100).max(1);
    let mut last_t = None;
    for (index, event) in trace.events.iter().enumerate() {
        let is_jump = matches!(event.kind, EventKind::PollWait { .. });
        // Labels keep their distance from each other and from the right edge.
        let far_enough = marks
            .last()
            .is_none_or(|mark: &Mark| index >= mark.step + min_distance)
            && index + min_distance / 2 <= len;
        let changed = last_t != Some(event.t);
        if marks.is_empty() || (far_enough && (is_jump || changed)) {
            let t = match event.kind {
                EventKind::PollWait { until_ms } => until_ms.saturating_mul(1_000_000),
                _ => event.t,
            };
            if marks.last().is_none_or(|mark| mark.label != format_ms(t)) {
                marks.push(Mark {
                    step: index,
                    label: format_ms(t),
                });
            }
            last_t = Some(event.t);
        }
    }
    marks
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub data: Rc<TimelineData>,
    pub position: usize,
    pub on_seek: Callback<usize>,
}

/// The timeline panel with its range-input scrubber.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let data = &props.data;
    // Yew delegates events to the root, so the plot is measured through its own ref.
    let plot_ref = use_node_ref();
    let on_click = {
        let on_seek = props.on_seek.clone();
        let plot_ref = plot_ref.clone();
        let len = data.len;
        Callback::from(move |event: MouseEvent| {
            let Some(plot) = plot_ref.cast::<web_sys::Element>() else {
                return;
            };
            let rect = plot.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let fraction =
                ((f64::from(event.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0);
            on_seek.emit((fraction * len as f64).round() as usize);
        })
    };
    let on_input = {
        let on_seek = props.on_seek.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(step) = input.value().parse::<usize>() {
                on_seek.emit(step);
            }
        })
    };
    let cursor = format!("left: {:.3}%", data.percent(props.position));
    html! {
        <section class="panel panel-timeline" aria-labelledby="timeline-title">
            <h3 id="timeline-title">{"Timeline"}<small>{" callbacks by queue, over the run's steps; simulated time marked; click to jump"}</small></h3>
            <div class="timeline-body">
                <ol class="timeline-lanes" aria-hidden="true">
                    { for LANES.iter().map(|(name, class)| html! {
                        <li class={classes!("lane-name", *class)}><span class="swatch"></span>{*name}</li>
                    }) }
                </ol>
                <div class="timeline-plot" ref={plot_ref} onclick={on_click}>
                    <TimelineBars data={props.data.clone()} />
                    <div class="timeline-marks" aria-hidden="true">
                        { for data.marks.iter().map(|mark| html! {
                            <span class={classes!("timeline-mark", (data.percent(mark.step) > 90.0).then_some("timeline-mark-end"))} style={format!("left: {:.3}%", data.percent(mark.step))}>{&mark.label}</span>
                        }) }
                    </div>
                    <div class="timeline-cursor" style={cursor} aria-hidden="true"></div>
                </div>
            </div>
            <input
                class="scrubber"
                type="range"
                aria-label="Step"
                min="0"
                max={data.len.to_string()}
                value={props.position.to_string()}
                oninput={on_input}
            />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BarsProps {
    data: Rc<TimelineData>,
}

/// The bars alone: a separate component so that moving the cursor never re-renders them.
#[function_component(TimelineBars)]
fn timeline_bars(props: &BarsProps) -> Html {
    let data = &props.data;
    let width = 1000.0;
    let lane_height = 10.0;
    let scale = if data.len == 0 {
        0.0
    } else {
        width / data.len as f64
    };
    let with_titles = data.bars.len() <= 400;
    html! {
        <svg class="timeline-bars" viewBox={format!("0 0 {width} {}", lane_height * LANES.len() as f64)} preserveAspectRatio="none" aria-hidden="true">
            { for (0..LANES.len()).map(|lane| html! {
                <rect class="lane-bg" x="0" y={format!("{}", lane as f64 * lane_height)} width={width.to_string()} height={lane_height.to_string()} />
            }) }
            { for data.bars.iter().map(|bar| {
                let x = bar.start as f64 * scale;
                let w = ((bar.end - bar.start) as f64 * scale).max(2.0);
                html! {
                    <rect class={classes!("bar", LANES[bar.lane].1)} x={format!("{x:.2}")} y={format!("{:.1}", bar.lane as f64 * lane_height + 1.5)} width={format!("{w:.2}")} height={(lane_height - 3.0).to_string()}>
                        if with_titles { <title>{&bar.label}</title> }
                    </rect>
                }
            }) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nodescope_engine::Event;

    fn trace(kinds: Vec<(u64, EventKind)>) -> Trace {
        Trace {
            events: kinds
                .into_iter()
                .map(|(t, kind)| Event {
                    t,
                    kind,
                    note: String::new(),
                })
                .collect(),
            ..Trace::default()
        }
    }

    fn start(queue: Queue, id: u64) -> EventKind {
        EventKind::CallbackStart {
            queue,
            id,
            label: format!("cb{id}"),
            line: None,
        }
    }

    #[test]
    fn callbacks_become_bars_in_their_queue_lane_and_late_timers_are_measured() {
        let data = TimelineData::new(&trace(vec![
            (0, start(Queue::Main, 0)),
            (
                0,
                EventKind::Enqueue {
                    queue: Queue::Timers,
                    id: 1,
                    label: "t".into(),
                    line: None,
                    due_ms: Some(10),
                },
            ),
            (100, EventKind::CallbackEnd { id: 0 }),
            (
                100,
                EventKind::PoolStart {
                    req: 7,
                    thread: 0,
                    op: "open".into(),
                    label: "a".into(),
                },
            ),
            (200, EventKind::PoolDone { req: 7, thread: 0 }),
            (12_000_000, start(Queue::Timers, 1)),
        ]));
        assert_eq!(data.len, 6);
        assert_eq!(data.bars.len(), 3);
        assert_eq!(
            (data.bars[0].lane, data.bars[0].start, data.bars[0].end),
            (0, 0, 2)
        );
        let timer = data.bars.iter().find(|bar| bar.lane == 3).unwrap();
        assert_eq!(
            (timer.start, timer.end),
            (5, 6),
            "an open bar runs to the end"
        );
        assert_eq!(
            data.bars
                .iter()
                .find(|bar| bar.lane == POOL_LANE)
                .unwrap()
                .label,
            "open a"
        );
        assert_eq!(data.lateness.len(), 1);
        assert_eq!(data.lateness[0].late_ns, 2_000_000);
        assert_eq!(data.percent(3), 50.0);
        assert_eq!(data.marks[0].label, "0 ms");
    }

    #[test]
    fn huge_lanes_are_merged_into_runs() {
        let mut kinds = Vec::new();
        for id in 0..5000u64 {
            kinds.push((id, start(Queue::Check, id)));
            kinds.push((id, EventKind::CallbackEnd { id }));
        }
        let data = TimelineData::new(&trace(kinds));
        assert!(data.bars.len() < 10, "{}", data.bars.len());
        assert_eq!(data.bars.iter().map(|bar| bar.count).sum::<usize>(), 5000);
        assert!(data.marks.len() <= 12);
    }
}
