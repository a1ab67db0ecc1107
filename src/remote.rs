//! The embed's message API for hosts such as reveal.js slides: the commands a host may send
//! with `postMessage` and the events the lab sends back. Pure JSON logic with no DOM access, so
//! it is tested natively; `remote_web.rs` wires it to `window`.
//!
//! A public contract (README.md, "Driving an embed"): fields are only ever added.
//!
//! Host → lab: `{ "type": "nodescope", "command": C, ... }` where C is one of `step`, `back`,
//! `play`, `pause`, `restart`, `end`, `seek` (with `"step": N` or `"step": "end"`), `load`
//! (with `"preset": ID`, a preset of the lab that is shown) or `status`. The message may also be
//! the same object as a JSON string (reveal.js sends strings).
//!
//! Lab → host: `{ "type": "nodescope", "event": E, "lab", "preset", "step", "total",
//! "playing", "speed" }` where E is `ready` (once, when the lab has its first run), `step`
//! (the shown step changed), `finished` (playback reached the last step), `status` (the answer
//! to `status`) or `error` (a command of ours that could not be followed, with `"message"`).
//! Messages without `"type": "nodescope"` are not ours and are ignored without a word.

use serde_json::{json, Map, Value};

use crate::url_state::{Lab, StepParam};

/// The value of `type` in every message of the API, both ways.
pub const MESSAGE_TYPE: &str = "nodescope";

/// The longest message (as JSON text) that is read at all.
pub const MAX_MESSAGE_BYTES: usize = 4096;

/// What a host can ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Step,
    Back,
    Play,
    Pause,
    Restart,
    End,
    Seek(StepParam),
    /// Load a preset (or scenario) of the lab that is shown, by its id.
    Load(String),
    /// Answer with a `status` event.
    Status,
}

/// Reads a message. `Ok(None)`: not ours (ignore silently); `Err`: ours but malformed, with a
/// reason to send back in an `error` event.
pub fn parse_message(json_text: &str) -> Result<Option<Command>, String> {
    if json_text.len() > MAX_MESSAGE_BYTES {
        return Ok(None);
    }
    let Ok(value) = serde_json::from_str::<Value>(json_text) else {
        return Ok(None);
    };
    parse_value(&value)
}

/// As [`parse_message`], for an already parsed value.
pub fn parse_value(value: &Value) -> Result<Option<Command>, String> {
    let Some(object) = value.as_object() else {
        return Ok(None);
    };
    if object.get("type").and_then(Value::as_str) != Some(MESSAGE_TYPE) {
        return Ok(None);
    }
    let Some(command) = object.get("command") else {
        return Err("a message of type nodescope needs a \"command\"".into());
    };
    let Some(command) = command.as_str() else {
        return Err("\"command\" must be a string".into());
    };
    Ok(Some(match command {
        "step" => Command::Step,
        "back" => Command::Back,
        "play" => Command::Play,
        "pause" => Command::Pause,
        "restart" => Command::Restart,
        "end" => Command::End,
        "status" => Command::Status,
        "seek" => Command::Seek(seek_target(object)?),
        "load" => {
            let preset = object.get("preset").and_then(Value::as_str).unwrap_or("");
            let valid = !preset.is_empty()
                && preset.len() <= 64
                && preset
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                return Err("load needs \"preset\": a preset id such as \"async-await\"".into());
            }
            Command::Load(preset.to_string())
        }
        other => {
            let shown: String = other.chars().take(32).collect();
            return Err(format!(
                "unknown command \"{shown}\" (known: step, back, play, pause, restart, end, seek, load, status)"
            ));
        }
    }))
}

fn seek_target(object: &Map<String, Value>) -> Result<StepParam, String> {
    let why = || "seek needs \"step\": a whole number from 0, or \"end\"".to_string();
    match object.get("step") {
        Some(Value::String(text)) if text == "end" => Ok(StepParam::End),
        Some(Value::Number(number)) => {
            let step = number.as_u64().or_else(|| {
                number
                    .as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 9.0e15)
                    .map(|f| f as u64)
            });
            step.map(|step| StepParam::At(usize::try_from(step).unwrap_or(usize::MAX)))
                .ok_or_else(why)
        }
        _ => Err(why()),
    }
}

/// What the lab tells its host about itself.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Status {
    pub lab: Lab,
    /// The preset (or scenario) shown; `None` for the reader's own code or text.
    pub preset: Option<String>,
    pub step: usize,
    pub total: usize,
    pub playing: bool,
    pub speed: u32,
}

/// Kinds of event the lab sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Ready,
    Step,
    Finished,
    Status,
}

impl EventKind {
    pub fn id(self) -> &'static str {
        match self {
            EventKind::Ready => "ready",
            EventKind::Step => "step",
            EventKind::Finished => "finished",
            EventKind::Status => "status",
        }
    }
}

/// An event message, as a JSON value.
pub fn event(kind: EventKind, status: &Status) -> Value {
    json!({
        "type": MESSAGE_TYPE,
        "event": kind.id(),
        "lab": status.lab.id(),
        "preset": status.preset,
        "step": status.step,
        "total": status.total,
        "playing": status.playing,
        "speed": status.speed,
        "atEnd": status.total > 0 && status.step >= status.total,
    })
}

/// The `error` event for a command that could not be followed.
pub fn error_event(message: &str, status: &Status) -> Value {
    let mut value = event(EventKind::Status, status);
    value["event"] = Value::from("error");
    value["message"] = Value::from(message);
    value
}

/// The events a change from `before` to `after` produces, in order: `step` when the step or
/// the trace changed, then `finished` when playback has just reached the last step.
pub fn events_for_change(before: &Status, after: &Status) -> Vec<EventKind> {
    let mut events = Vec::new();
    if before.step != after.step || before.total != after.total || before.preset != after.preset {
        events.push(EventKind::Step);
        let at_end = after.total > 0 && after.step >= after.total;
        let was_at_end = before.total == after.total && before.step >= before.total;
        if at_end && !was_at_end {
            events.push(EventKind::Finished);
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Option<Command>, String> {
        parse_message(text)
    }

    #[test]
    fn every_command_parses() {
        for (name, command) in [
            ("step", Command::Step),
            ("back", Command::Back),
            ("play", Command::Play),
            ("pause", Command::Pause),
            ("restart", Command::Restart),
            ("end", Command::End),
            ("status", Command::Status),
        ] {
            let text = format!(r#"{{"type":"nodescope","command":"{name}"}}"#);
            assert_eq!(parse(&text), Ok(Some(command)), "{name}");
        }
        assert_eq!(
            parse(r#"{"type":"nodescope","command":"seek","step":12}"#),
            Ok(Some(Command::Seek(StepParam::At(12))))
        );
        assert_eq!(
            parse(r#"{"type":"nodescope","command":"seek","step":3.0}"#),
            Ok(Some(Command::Seek(StepParam::At(3))))
        );
        assert_eq!(
            parse(r#"{"type":"nodescope","command":"seek","step":"end"}"#),
            Ok(Some(Command::Seek(StepParam::End)))
        );
        assert_eq!(
            parse(r#"{"type":"nodescope","command":"load","preset":"async-await"}"#),
            Ok(Some(Command::Load("async-await".into())))
        );
    }

    #[test]
    fn messages_of_others_are_ignored_silently() {
        for text in [
            "",
            "not json",
            "42",
            "null",
            r#"["step"]"#,
            r#"{"command":"step"}"#,
            r#"{"type":"reveal","command":"step"}"#,
            r#"{"type":"NODESCOPE","command":"step"}"#,
            r#"{"method":"slide","args":[1]}"#,
        ] {
            assert_eq!(parse(text), Ok(None), "{text}");
        }
        let huge = format!(
            r#"{{"type":"nodescope","command":"load","preset":"{}"}}"#,
            "a".repeat(MAX_MESSAGE_BYTES)
        );
        assert_eq!(parse(&huge), Ok(None));
    }

    #[test]
    fn malformed_commands_of_ours_say_why() {
        for text in [
            r#"{"type":"nodescope"}"#,
            r#"{"type":"nodescope","command":7}"#,
            r#"{"type":"nodescope","command":"jump"}"#,
            r#"{"type":"nodescope","command":"seek"}"#,
            r#"{"type":"nodescope","command":"seek","step":-1}"#,
            r#"{"type":"nodescope","command":"seek","step":1.5}"#,
            r#"{"type":"nodescope","command":"seek","step":"3"}"#,
            r#"{"type":"nodescope","command":"load"}"#,
            r#"{"type":"nodescope","command":"load","preset":"a b"}"#,
            r#"{"type":"nodescope","command":"load","preset":42}"#,
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
        assert!(parse(r#"{"type":"nodescope","command":"jump"}"#)
            .unwrap_err()
            .contains("jump"));
    }

    #[test]
    fn events_carry_the_status() {
        let status = Status {
            lab: Lab::Streams,
            preset: Some("pipe".into()),
            step: 3,
            total: 10,
            playing: true,
            speed: 4,
        };
        let value = event(EventKind::Step, &status);
        assert_eq!(value["type"], "nodescope");
        assert_eq!(value["event"], "step");
        assert_eq!(value["lab"], "streams");
        assert_eq!(value["preset"], "pipe");
        assert_eq!(value["step"], 3);
        assert_eq!(value["total"], 10);
        assert_eq!(value["playing"], true);
        assert_eq!(value["atEnd"], false);
        let error = error_event("no such preset", &status);
        assert_eq!(error["event"], "error");
        assert_eq!(error["message"], "no such preset");
    }

    #[test]
    fn changes_give_step_then_finished_once() {
        let at = |step, total| Status {
            step,
            total,
            ..Status::default()
        };
        assert!(events_for_change(&at(2, 5), &at(2, 5)).is_empty());
        assert_eq!(
            events_for_change(&at(2, 5), &at(3, 5)),
            vec![EventKind::Step]
        );
        assert_eq!(
            events_for_change(&at(4, 5), &at(5, 5)),
            vec![EventKind::Step, EventKind::Finished]
        );
        // A new run of the same length that opens at its end has finished too.
        assert_eq!(
            events_for_change(&at(5, 5), &at(0, 5)),
            vec![EventKind::Step]
        );
        assert_eq!(
            events_for_change(&at(3, 9), &at(7, 7)),
            vec![EventKind::Step, EventKind::Finished]
        );
        // An empty trace never finishes.
        assert_eq!(
            events_for_change(&at(3, 9), &at(0, 0)),
            vec![EventKind::Step]
        );
    }
}
