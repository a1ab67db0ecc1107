//! Words for the streams lab's steps: one sentence per step naming what happened and the rule
//! behind it. The net/http/memory events carry the engine's own note; stream events are worded
//! here from their payload.

use nodescope_engine::{Event, EventKind};
use serde_json::Value;

use super::model::format_bytes;

fn num(data: &Value, key: &str) -> u64 {
    data.get(key)
        .and_then(Value::as_f64)
        .map_or(0, |n| n.max(0.0) as u64)
}

fn text<'a>(data: &'a Value, key: &str) -> &'a str {
    data.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The narration of a step.
pub fn narration(event: &Event) -> String {
    match &event.kind {
        EventKind::Module { module, name, data } if module == "stream" => {
            stream_sentence(name, data)
        }
        EventKind::Module { .. } if !event.note.trim().is_empty() => event.note.clone(),
        EventKind::Output { text, .. } => format!("The program prints: {}", text.trim_end()),
        EventKind::Error { message } => format!("The process fails: {message}"),
        EventKind::Exit { code } => format!("The process exits with code {code}."),
        _ => event.note.clone(),
    }
}

fn stream_sentence(name: &str, data: &Value) -> String {
    let stream = text(data, "name");
    match name {
        "write" => {
            let chunk = format_bytes(num(data, "chunk"));
            let length = format_bytes(num(data, "length"));
            let hwm = format_bytes(num(data, "highWaterMark"));
            if data.get("result").and_then(Value::as_bool).unwrap_or(true) {
                format!("{stream}.write({chunk}) returns true: {length} buffered, under its highWaterMark of {hwm}.")
            } else {
                format!("{stream}.write({chunk}) returns false: {length} buffered ≥ highWaterMark {hwm}. The writer should stop and wait for 'drain'.")
            }
        }
        "data" => format!("{stream} emits 'data' with {}: the chunk moves downstream.", format_bytes(num(data, "length"))),
        "buffer" => {
            let side = if text(data, "side") == "writable" { "write" } else { "read" };
            format!(
                "{stream}'s {side} buffer holds {} now (highWaterMark {}).",
                format_bytes(num(data, "length")),
                format_bytes(num(data, "highWaterMark"))
            )
        }
        "pause" => format!("{stream} pauses: no 'data' until it resumes (pipe() pauses the source when the destination's write() returns false)."),
        "resume" => format!("{stream} resumes: data flows again."),
        "drain" => format!("{stream} emits 'drain': its buffer has emptied, so writers may go on."),
        "ending" => format!("end() is called on {stream}: nothing more will be written to it."),
        "finish" => format!("{stream} emits 'finish': everything written to it has been handled."),
        "end" => format!("{stream} emits 'end': it has no more data."),
        "error" => {
            let error = data.get("error").cloned().unwrap_or(Value::Null);
            format!("{stream} emits 'error': {} {}", text(&error, "code"), text(&error, "message")).trim_end().to_string()
        }
        "destroy" => {
            let error = data.get("error").filter(|error| !error.is_null());
            match error {
                Some(error) => format!("{stream} is destroyed with {}: its buffers are released and its resources closed.", text(error, "code")),
                None => format!("{stream} is destroyed: its buffers are released and its resources closed."),
            }
        }
        "close" => format!("{stream} emits 'close': it is finished for good."),
        "pipe" => format!("{stream}.pipe({}): data flows with backpressure from here on.", text(data, "destName")),
        "unpipe" => format!("{stream} is unpiped from {}: if nothing else reads it, it stays paused.", text(data, "destName")),
        other => format!("{stream}: {other}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stream_event(name: &str, data: Value) -> Event {
        Event {
            t: 0,
            kind: EventKind::Module {
                module: "stream".into(),
                name: name.into(),
                data,
            },
            note: "A module event.".into(),
        }
    }

    #[test]
    fn a_false_write_names_the_rule() {
        let event = stream_event(
            "write",
            json!({ "name": "res #1", "chunk": 65536, "length": 65536, "highWaterMark": 16384, "result": false }),
        );
        assert_eq!(
            narration(&event),
            "res #1.write(64 KiB) returns false: 64 KiB buffered ≥ highWaterMark 16 KiB. The writer should stop and wait for 'drain'."
        );
    }

    #[test]
    fn module_notes_are_used_when_they_say_something() {
        let event = Event {
            t: 0,
            kind: EventKind::Module {
                module: "net".into(),
                name: "hangup".into(),
                data: json!({}),
            },
            note: "Client 1 disconnects.".into(),
        };
        assert_eq!(narration(&event), "Client 1 disconnects.");
        assert!(narration(&stream_event("drain", json!({ "name": "res #1" }))).contains("'drain'"));
    }
}
