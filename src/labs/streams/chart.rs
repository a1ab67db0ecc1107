//! The memory chart: bytes held in buffers over simulated time (from the trace's
//! `memory.change` events), the heap limit as a line, and a cursor at the current step.
//! Clicking the chart seeks to that moment.

use std::rc::Rc;

use yew::prelude::*;

use super::model::{format_bytes, format_time, Sample, StreamsTrace};

/// Width and height of the plot's coordinate system (the SVG stretches to its box).
const W: f64 = 1000.0;
const H: f64 = 200.0;

/// The memory line as an SVG path of steps, at most one point per horizontal unit (the largest
/// value in each, so that no peak is lost).
pub fn memory_path(samples: &[Sample], t_start: u64, t_end: u64, y_max: u64) -> String {
    if samples.is_empty() || t_end <= t_start || y_max == 0 {
        return String::new();
    }
    let span = (t_end - t_start) as f64;
    let x_of = |t: u64| ((t.saturating_sub(t_start)) as f64 / span * W).clamp(0.0, W);
    let y_of = |bytes: u64| H - (bytes as f64 / y_max as f64 * H).min(H);
    let mut buckets: Vec<(f64, u64, u64)> = Vec::new(); // (x, max, last)
    for sample in samples {
        let x = x_of(sample.t).floor();
        match buckets.last_mut() {
            Some(bucket) if bucket.0 == x => {
                bucket.1 = bucket.1.max(sample.bytes);
                bucket.2 = sample.bytes;
            }
            _ => buckets.push((x, sample.bytes, sample.bytes)),
        }
    }
    let mut path = format!("M0,{H}");
    let mut y = H;
    for (x, max, last) in buckets {
        path.push_str(&format!(
            " L{x},{y:.1} L{x},{:.1} L{x},{:.1}",
            y_of(max),
            y_of(last)
        ));
        y = y_of(last);
    }
    path.push_str(&format!(" L{W},{y:.1}"));
    path
}

#[derive(Properties, PartialEq)]
pub struct MemoryChartProps {
    pub model: Rc<StreamsTrace>,
    /// Simulated time of the current step.
    pub t: u64,
    pub memory: u64,
    pub peak: u64,
    pub on_seek_time: Callback<u64>,
}

#[function_component(MemoryChart)]
pub fn memory_chart(props: &MemoryChartProps) -> Html {
    let model = &props.model;
    let all_peak = model.memory.iter().map(|s| s.bytes).max().unwrap_or(0);
    let limit = model.heap_limit;
    // The limit is drawn when it is within reach (a third of the way up at least), so that a
    // flat line far below it still reads as "bounded".
    let y_max = ((all_peak as f64 * 1.15) as u64)
        .max(limit.min(all_peak.saturating_mul(3)))
        .max(64 * 1024);
    // A little room after the last event, so that where memory ended up reads as a level and
    // not as an edge (a run that dies jumps at its very last step).
    let span = model.t_end.saturating_sub(model.t_start).max(1);
    let plot_end = model.t_end + (span / 25).max(1);
    let plot_span = plot_end - model.t_start;
    let path = use_memo(
        (model.clone(), y_max, plot_end),
        |(model, y_max, plot_end)| memory_path(&model.memory, model.t_start, *plot_end, *y_max),
    );
    let cursor_x = (props.t.saturating_sub(model.t_start)) as f64 / plot_span as f64 * W;
    let limit_y = (limit > 0 && limit <= y_max).then(|| H - limit as f64 / y_max as f64 * H);
    let on_click = {
        let on_seek_time = props.on_seek_time.clone();
        let (t_start, t_end) = (model.t_start, model.t_end);
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event.current_target() else {
                return;
            };
            let element: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(target);
            let rect = element.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let fraction =
                ((f64::from(event.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0);
            on_seek_time.emit((t_start + (fraction * plot_span as f64) as u64).min(t_end));
        })
    };
    let summary = format!(
        "Memory held in buffers: {} now, {} at most so far; heap limit {}.",
        format_bytes(props.memory),
        format_bytes(props.peak),
        format_bytes(limit)
    );
    html! {
        <section class="panel panel-memory" aria-labelledby="memory-title">
            <div class="panel-head">
                <h3 id="memory-title">{"Memory over time"}</h3>
                <span class="memory-now" data-memory={props.memory.to_string()}>
                    <strong>{format_bytes(props.memory)}</strong>
                    { format!(" in buffers · peak {}", format_bytes(props.peak)) }
                </span>
            </div>
            <div class="memory-plot" onclick={on_click} title="Click to jump to that moment">
                <div class="memory-axis">
                    <span>{format_bytes(y_max)}</span>
                    <span>{"0"}</span>
                </div>
                <svg class="memory-svg" viewBox={format!("0 0 {W} {H}")} preserveAspectRatio="none" role="img" aria-label={summary.clone()}>
                    <path class="memory-area" d={format!("{} L{W},{H} Z", *path)} />
                    <path class="memory-line" d={(*path).clone()} />
                    if let Some(y) = limit_y {
                        <line class="memory-limit" x1="0" x2={W.to_string()} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                    }
                    <line class="memory-cursor" x1={format!("{cursor_x:.1}")} x2={format!("{cursor_x:.1}")} y1="0" y2={H.to_string()} />
                </svg>
                if let Some(y) = limit_y {
                    <span class="memory-limit-label" style={format!("top: {:.1}%", y / H * 100.0)}>{ format!("heap limit {}", format_bytes(limit)) }</span>
                } else if limit > 0 {
                    <span class="memory-limit-label memory-limit-off">{ format!("heap limit {} (far above)", format_bytes(limit)) }</span>
                }
            </div>
            <div class="memory-times">
                <span>{format_time(0)}</span>
                <span>{ format!("now {}", format_time(props.t.saturating_sub(model.t_start))) }</span>
                <span>{format_time(plot_span)}</span>
            </div>
            <p class="visually-hidden">{summary}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_keeps_peaks_and_ends_at_the_last_value() {
        let samples = [
            Sample { t: 0, bytes: 0 },
            Sample { t: 10, bytes: 100 },
            Sample { t: 10, bytes: 50 },
            Sample { t: 1000, bytes: 20 },
        ];
        let path = memory_path(&samples, 0, 1000, 100);
        assert!(path.starts_with("M0,200"));
        // The peak of 100 at t=10 reaches the top even though 50 follows it at once.
        assert!(path.contains(",0.0"), "{path}");
        assert!(path.ends_with("L1000,160.0"), "{path}");
        assert_eq!(memory_path(&[], 0, 10, 10), "");
    }
}
