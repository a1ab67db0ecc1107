//! The engine's trace of the lab's program, read as the story the two lanes tell: each
//! `chunk.toString()` (the `buffer.toString` events), each `decoder.write()` and the final
//! `decoder.end()` (the `decoder.*` events, see the header of
//! `crates/engine/js/lib/string_decoder.js`), the whole buffer read in every encoding, and the
//! console. Nothing here decodes bytes: the texts, the held bytes and the U+FFFD replacements
//! are the trace's. This file only places what the trace says at byte offsets, so that the page
//! can link every output character to the bytes it came from.
//!
//! Pure logic with no UI imports; tested natively by running the lab's programs through the
//! engine.

use std::ops::Range;
use std::rc::Rc;

use nodescope_engine::trace::OutputStream;
use nodescope_engine::{EventKind, Trace};
use serde_json::Value;

use super::setup::Encoding;

/// What a piece of decoded text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    Char,
    /// U+FFFD standing for bytes that are not (or not yet complete) UTF-8.
    Replacement,
    /// A UTF-16 code unit that is half of a pair (the trace shows it as U+FFFD).
    LoneSurrogate,
}

/// A piece of decoded text (one character, or one group of base64/hex digits) and the bytes
/// it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct OutPiece {
    pub text: String,
    pub bytes: Range<usize>,
    pub kind: PieceKind,
}

/// A string a call returned, split into pieces.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Decoded {
    pub text: String,
    /// `text.length` in JavaScript (UTF-16 code units).
    pub units: usize,
    pub pieces: Vec<OutPiece>,
}

impl Decoded {
    pub fn n_replacements(&self) -> usize {
        self.pieces
            .iter()
            .filter(|piece| piece.kind == PieceKind::Replacement)
            .count()
    }
}

/// One `chunk.toString(encoding)`.
#[derive(Clone, Debug, PartialEq)]
pub struct NaiveCall {
    pub chunk: Range<usize>,
    pub bytes: Vec<u8>,
    pub out: Decoded,
}

/// One `decoder.write(chunk)` or the final `decoder.end()`.
#[derive(Clone, Debug, PartialEq)]
pub struct DecoderCall {
    /// The bytes given to the call (empty for `end()`).
    pub chunk: Range<usize>,
    /// What was held back before the call.
    pub held_before: Vec<u8>,
    /// The held character this call finished (or cut short) before the rest of the chunk.
    pub completed: Vec<u8>,
    /// What is held back after the call, and where those bytes are.
    pub held: Vec<u8>,
    pub held_at: Range<usize>,
    /// Bytes still needed to finish what is held.
    pub needed: usize,
    /// Why bytes are held: 'utf8-incomplete', 'utf16-odd-byte', 'utf16-high-surrogate',
    /// 'base64-remainder'.
    pub reason: Option<String>,
    /// For 'utf8-incomplete': the length the lead byte announces.
    pub expected: usize,
    pub out: Decoded,
}

/// Which call a step of the lab's playback is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    Naive(usize),
    Write(usize),
    End,
}

/// A line the program printed.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleLine {
    /// Its index in the full trace.
    pub event: usize,
    pub stderr: bool,
    pub text: String,
}

/// Everything the lanes show, read from one run.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Story {
    pub encoding: Encoding,
    pub n_bytes: usize,
    pub naive: Vec<NaiveCall>,
    pub writes: Vec<DecoderCall>,
    pub end: Option<DecoderCall>,
    /// The whole buffer read in each encoding, in the program's order.
    pub readings: Vec<(Encoding, Decoded)>,
    /// The lab's steps, each with its index in the full trace.
    pub steps: Vec<(StepKind, usize)>,
    /// The step events alone, as a trace for the playback reducer.
    pub playback_trace: Rc<Trace>,
    pub console: Vec<ConsoleLine>,
    /// An uncaught error, if the run had one.
    pub error: Option<String>,
}

fn bytes_field(data: &Value, key: &str) -> Vec<u8> {
    data.get(key)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_u64)
                .map(|byte| byte as u8)
                .collect()
        })
        .unwrap_or_default()
}

fn number_field(data: &Value, key: &str) -> usize {
    data.get(key)
        .and_then(Value::as_f64)
        .unwrap_or(0.0)
        .max(0.0) as usize
}

fn text_field(data: &Value, key: &str) -> String {
    data.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

impl Story {
    /// Reads a run of a program written by `setup::program`, whose buffer has `bytes`.
    pub fn read(trace: &Trace, bytes: &[u8], encoding: Encoding) -> Story {
        let mut story = Story {
            encoding,
            n_bytes: bytes.len(),
            ..Story::default()
        };
        let mut seen_decoder = false;
        let mut ended = false;
        let mut naive_offset = 0;
        let mut write_offset = 0;
        let mut step_events = Vec::new();
        for (index, event) in trace.events.iter().enumerate() {
            match &event.kind {
                EventKind::Output { stream, text } => story.console.push(ConsoleLine {
                    event: index,
                    stderr: *stream == OutputStream::Stderr,
                    text: text.clone(),
                }),
                EventKind::Error { message } => story.error = Some(message.clone()),
                EventKind::Module { module, name, data } => {
                    match (module.as_str(), name.as_str()) {
                        ("decoder", "new") => seen_decoder = true,
                        ("buffer", "toString") if seen_decoder && !ended => {
                            let length = number_field(data, "byteLength");
                            let chunk = naive_offset..(naive_offset + length).min(bytes.len());
                            naive_offset = chunk.end;
                            let out = decoded(data, encoding, chunk.clone(), bytes);
                            story
                                .steps
                                .push((StepKind::Naive(story.naive.len()), index));
                            story.naive.push(NaiveCall {
                                bytes: bytes[chunk.clone()].to_vec(),
                                chunk,
                                out,
                            });
                            step_events.push(event.clone());
                        }
                        ("buffer", "toString") if ended => {
                            let reading = Encoding::from_id(&text_field(data, "encoding"))
                                .unwrap_or_default();
                            let out = decoded(data, reading, 0..bytes.len(), bytes);
                            story.readings.push((reading, out));
                        }
                        ("decoder", "write") | ("decoder", "end") if seen_decoder && !ended => {
                            let length = number_field(data, "byteCount");
                            let chunk = write_offset..(write_offset + length).min(bytes.len());
                            write_offset = chunk.end;
                            let call = decoder_call(data, encoding, chunk, bytes);
                            if name == "end" {
                                ended = true;
                                story.steps.push((StepKind::End, index));
                                story.end = Some(call);
                            } else {
                                story
                                    .steps
                                    .push((StepKind::Write(story.writes.len()), index));
                                story.writes.push(call);
                            }
                            step_events.push(event.clone());
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        story.playback_trace = Rc::new(Trace {
            node_version: trace.node_version.clone(),
            filename: trace.filename.clone(),
            source: trace.source.clone(),
            events: step_events,
        });
        story
    }

    /// The console as it stands after `position` steps: every line printed before the next
    /// step's call (so a call's own line shows with it).
    pub fn console_at(&self, position: usize) -> Vec<&ConsoleLine> {
        let limit = if position == 0 {
            self.steps.first().map_or(usize::MAX, |(_, event)| *event)
        } else {
            self.steps
                .get(position)
                .map_or(usize::MAX, |(_, event)| *event)
        };
        self.console
            .iter()
            .filter(|line| line.event < limit)
            .collect()
    }

    /// How many chunks have arrived after `position` steps.
    pub fn arrived(&self, position: usize) -> usize {
        self.steps[..position.min(self.steps.len())]
            .iter()
            .filter(|(kind, _)| matches!(kind, StepKind::Naive(_)))
            .count()
    }

    /// The decoder call applied last after `position` steps.
    pub fn last_decoder_call(&self, position: usize) -> Option<&DecoderCall> {
        self.steps[..position.min(self.steps.len())]
            .iter()
            .rev()
            .find_map(|(kind, _)| match kind {
                StepKind::Write(k) => self.writes.get(*k),
                StepKind::End => self.end.as_ref(),
                StepKind::Naive(_) => None,
            })
    }

    /// What the naive lane's `text += chunk.toString()` would build.
    pub fn naive_text(&self) -> String {
        self.naive
            .iter()
            .map(|call| call.out.text.as_str())
            .collect()
    }

    /// What the decoder lane builds: every write, then end.
    pub fn decoder_text(&self) -> String {
        self.writes
            .iter()
            .chain(self.end.iter())
            .map(|call| call.out.text.as_str())
            .collect()
    }

    /// The whole buffer read in `encoding`, as the program printed it.
    pub fn reading(&self, encoding: Encoding) -> Option<&Decoded> {
        self.readings
            .iter()
            .find(|(reading, _)| *reading == encoding)
            .map(|(_, out)| out)
    }

    /// One sentence for the step that produced `position` (1-based: the step just applied).
    pub fn narrate(&self, position: usize) -> String {
        let Some((kind, _)) = position
            .checked_sub(1)
            .and_then(|step| self.steps.get(step))
        else {
            return format!(
                "Ready: {} chunk{} will arrive. Press Step (→) or Play (Space) to watch them go through both lanes.",
                self.naive.len(),
                plural(self.naive.len())
            );
        };
        let enc = self.encoding.id();
        match *kind {
            StepKind::Naive(k) => {
                let call = &self.naive[k];
                let head = format!(
                    "Chunk {} of {} arrives ({} byte{}: {}). chunk.toString('{enc}') reads it on its own",
                    k + 1,
                    self.naive.len(),
                    call.bytes.len(),
                    plural(call.bytes.len()),
                    hex_list(&call.bytes),
                );
                let tail = match self.encoding {
                    Encoding::Utf8 => match call.out.n_replacements() {
                        0 => ": every character in it is complete.".to_string(),
                        n => format!(
                            ": {n} piece{} it cannot read as a whole character become{} U+FFFD.",
                            plural(n),
                            if n == 1 { "s" } else { "" }
                        ),
                    },
                    Encoding::Utf16le if call.bytes.len() % 2 == 1 => {
                        ": the odd byte at the end is half a code unit, and is dropped.".to_string()
                    }
                    Encoding::Utf16le => ": two bytes per code unit.".to_string(),
                    Encoding::Base64 if !call.bytes.len().is_multiple_of(3) => {
                        ": its last group is padded with '=' as if the data ended here.".to_string()
                    }
                    Encoding::Base64 => ": whole 3-byte groups, no padding needed.".to_string(),
                    Encoding::Latin1 | Encoding::Hex => {
                        ": each byte reads on its own, so no cut can break anything.".to_string()
                    }
                };
                format!("{head}{tail}")
            }
            StepKind::Write(k) => {
                let call = &self.writes[k];
                let mut sentence = format!("decoder.write(chunk {})", k + 1);
                if !call.completed.is_empty() {
                    sentence.push_str(&format!(
                        " first finishes the held bytes ({})",
                        hex_list(&call.completed)
                    ));
                    sentence.push_str(", then");
                }
                sentence.push_str(&format!(" returns {}", js_quote(&call.out.text)));
                if call.held.is_empty() {
                    sentence.push_str(" and holds nothing back.");
                } else {
                    sentence.push_str(&format!(
                        " and holds back {}: {}.",
                        hex_list(&call.held),
                        hold_reason(call)
                    ));
                }
                sentence
            }
            StepKind::End => {
                let Some(call) = &self.end else {
                    return String::new();
                };
                if call.held_before.is_empty() {
                    "decoder.end(): nothing is held back, so it returns \"\". Both lanes have seen every byte.".to_string()
                } else {
                    format!(
                        "decoder.end(): no more bytes will come, so the held {} can never be finished; it returns {}.",
                        hex_list(&call.held_before),
                        js_quote(&call.out.text)
                    )
                }
            }
        }
    }
}

/// Why a decoder holds bytes, in words.
pub fn hold_reason(call: &DecoderCall) -> String {
    match call.reason.as_deref() {
        Some("utf8-incomplete") => format!(
            "the lead byte {} starts a {}-byte character, {} more to come",
            call.held
                .first()
                .map_or(String::new(), |b| format!("{b:02X}")),
            call.expected,
            call.needed
        ),
        Some("utf16-odd-byte") => "half of a 2-byte UTF-16 code unit".to_string(),
        Some("utf16-high-surrogate") => {
            "a high surrogate, the first half of a pair: the second half has not arrived"
                .to_string()
        }
        Some("base64-remainder") => format!(
            "base64 encodes 3 bytes at a time, {} more to complete the group",
            call.needed
        ),
        Some(other) => other.to_string(),
        None => "waiting for more bytes".to_string(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "F0 9F 91".
pub fn hex_list(bytes: &[u8]) -> String {
    let parts: Vec<String> = bytes.iter().map(|byte| format!("{byte:02X}")).collect();
    parts.join(" ")
}

/// A string as JSON.stringify would show it.
pub fn js_quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

fn replacement_lengths(data: &Value) -> Vec<(usize, usize)> {
    data.get("replacements")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let at = item.get("at").and_then(Value::as_f64)? as usize;
                    let len = item.get("bytes").and_then(Value::as_array)?.len();
                    Some((at, len))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn decoded(data: &Value, encoding: Encoding, range: Range<usize>, bytes: &[u8]) -> Decoded {
    let text = text_field(data, "text");
    let units = data
        .get("length")
        .or_else(|| data.get("units"))
        .and_then(Value::as_f64)
        .map_or_else(|| text.encode_utf16().count(), |n| n as usize);
    let pieces = place(encoding, &text, range, &replacement_lengths(data), bytes);
    Decoded {
        text,
        units,
        pieces,
    }
}

fn decoder_call(
    data: &Value,
    encoding: Encoding,
    chunk: Range<usize>,
    bytes: &[u8],
) -> DecoderCall {
    let held_before = bytes_field(data, "heldBefore");
    let held = bytes_field(data, "held");
    let start = chunk.start.saturating_sub(held_before.len());
    let end = chunk.end.saturating_sub(held.len()).max(start);
    let out = decoded(data, encoding, start..end, bytes);
    DecoderCall {
        held_at: end..chunk.end.max(end),
        chunk,
        held_before,
        completed: bytes_field(data, "completed"),
        held,
        needed: number_field(data, "needed"),
        reason: data
            .get("reason")
            .and_then(Value::as_str)
            .map(str::to_string),
        expected: number_field(data, "expected"),
        out,
    }
}

/// Places decoded text over the bytes `range` it came from: for UTF-8 each character takes
/// its own length in bytes, except each U+FFFD the trace lists as a replacement, which takes
/// the bytes it replaced; UTF-16 takes 2 bytes a code unit; latin1 1 a character; hex 2
/// digits a byte; base64 4 characters for 3 bytes.
pub fn place(
    encoding: Encoding,
    text: &str,
    range: Range<usize>,
    replacements: &[(usize, usize)],
    bytes: &[u8],
) -> Vec<OutPiece> {
    let mut pieces = Vec::new();
    let mut at = range.start;
    let mut push = |text: String, n_bytes: usize, kind: PieceKind, at: &mut usize| {
        let end = (*at + n_bytes).min(range.end.max(*at));
        pieces.push(OutPiece {
            text,
            bytes: *at..end,
            kind,
        });
        *at = end;
    };
    match encoding {
        Encoding::Utf8 | Encoding::Utf16le | Encoding::Latin1 => {
            let mut unit = 0;
            for c in text.chars() {
                let n_bytes = match encoding {
                    Encoding::Utf8 => replacements
                        .iter()
                        .find(|(rep_at, _)| *rep_at == unit && c == '\u{FFFD}')
                        .map_or(c.len_utf8(), |(_, len)| *len),
                    Encoding::Utf16le => 2 * c.len_utf16(),
                    _ => 1,
                };
                let source = bytes
                    .get(at..(at + n_bytes).min(bytes.len()))
                    .unwrap_or(&[]);
                let kind = if c != '\u{FFFD}' {
                    PieceKind::Char
                } else if encoding == Encoding::Utf16le && source != [0xFD, 0xFF] {
                    PieceKind::LoneSurrogate
                } else if encoding == Encoding::Utf8 && source != [0xEF, 0xBF, 0xBD] {
                    PieceKind::Replacement
                } else {
                    PieceKind::Char
                };
                push(c.to_string(), n_bytes, kind, &mut at);
                unit += c.len_utf16();
            }
        }
        Encoding::Hex | Encoding::Base64 => {
            let (group, n_bytes) = if encoding == Encoding::Hex {
                (2, 1)
            } else {
                (4, 3)
            };
            let chars: Vec<char> = text.chars().collect();
            for digits in chars.chunks(group) {
                push(digits.iter().collect(), n_bytes, PieceKind::Char, &mut at);
            }
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labs::bytes::setup::{bytes_of, parse_input, program, PRESETS};

    fn story(input: &str, cuts: &[usize], encoding: Encoding) -> Story {
        let source = program(input, cuts, encoding);
        let result = nodescope_engine::run(&source, &nodescope_engine::Options::default());
        assert_eq!(result.exit_code, 0, "{}\n{}", source, result.stderr);
        let (bytes, _) = bytes_of(&parse_input(input));
        Story::read(&result.trace, &bytes, encoding)
    }

    #[test]
    fn the_emoji_cut_in_half_is_garbage_naively_and_held_by_the_decoder() {
        let story = story("héllo 👋🏽", &[3, 9], Encoding::Utf8);
        assert_eq!(story.naive.len(), 3);
        assert_eq!(story.writes.len(), 3);
        assert_eq!(story.steps.len(), 7);
        assert_eq!(story.naive_text(), "héllo \u{FFFD}\u{FFFD}\u{FFFD}🏽");
        assert_eq!(story.decoder_text(), "héllo 👋🏽");
        // Chunk 2 ends with F0 9F: toString makes one U+FFFD of them, the decoder holds them.
        let naive = &story.naive[1];
        let last = naive.out.pieces.last().unwrap();
        assert_eq!(
            (last.kind, last.bytes.clone()),
            (PieceKind::Replacement, 7..9)
        );
        let write = &story.writes[1];
        assert_eq!(write.held, vec![0xF0, 0x9F]);
        assert_eq!(write.held_at, 7..9);
        assert_eq!(write.reason.as_deref(), Some("utf8-incomplete"));
        assert_eq!((write.expected, write.needed), (4, 2));
        // Chunk 3 starts with 91 8B: two more U+FFFD naively, the whole 👋 for the decoder.
        let third = &story.naive[2].out.pieces;
        assert_eq!(third[0].bytes, 9..10);
        assert_eq!(third[1].bytes, 10..11);
        let finished = &story.writes[2];
        assert_eq!(finished.completed, vec![0xF0, 0x9F, 0x91, 0x8B]);
        assert_eq!(finished.out.pieces[0].text, "👋");
        assert_eq!(finished.out.pieces[0].bytes, 7..11);
        assert_eq!(finished.out.pieces[1].bytes, 11..15);
        assert!(
            story.narrate(4).contains("holds back F0 9F"),
            "{}",
            story.narrate(4)
        );
        assert!(
            story.narrate(6).contains("first finishes"),
            "{}",
            story.narrate(6)
        );
        // The readings: every encoding, the utf8 one exact.
        assert_eq!(story.readings.len(), 5);
        assert_eq!(story.reading(Encoding::Utf8).unwrap().text, "héllo 👋🏽");
        assert_eq!(story.reading(Encoding::Hex).unwrap().pieces.len(), 15);
        assert_eq!(story.reading(Encoding::Base64).unwrap().pieces.len(), 5);
    }

    #[test]
    fn console_lines_show_with_their_step() {
        let story = story("héllo 👋🏽", &[3, 9], Encoding::Utf8);
        assert!(story.console_at(0).is_empty());
        let after_first = story.console_at(1);
        assert_eq!(after_first.len(), 1);
        assert_eq!(after_first[0].text, "naive  : \"hé\"\n");
        assert_eq!(story.console_at(2).len(), 2);
        assert_eq!(story.console_at(story.steps.len()).len(), 7 + 5);
        assert_eq!(story.arrived(3), 2);
        assert_eq!(story.last_decoder_call(4).unwrap().held.len(), 2);
    }

    #[test]
    fn invalid_bytes_each_link_to_their_bytes_and_end_flushes() {
        let story = story("ok \\xFF \\xC3( end \\xE2\\x82", &[6, 12], Encoding::Utf8);
        let naive: Vec<(PieceKind, Range<usize>)> = story
            .naive
            .iter()
            .flat_map(|call| call.out.pieces.iter())
            .filter(|piece| piece.kind == PieceKind::Replacement)
            .map(|piece| (piece.kind, piece.bytes.clone()))
            .collect();
        assert_eq!(
            naive,
            vec![
                (PieceKind::Replacement, 3..4),
                (PieceKind::Replacement, 5..6),
                (PieceKind::Replacement, 12..14),
            ]
        );
        // The decoder held C3 then met "(": one U+FFFD for C3 alone.
        let second = &story.writes[1];
        assert_eq!(second.completed, vec![0xC3]);
        assert_eq!(second.out.pieces[0].kind, PieceKind::Replacement);
        assert_eq!(second.out.pieces[0].bytes, 5..6);
        let end = story.end.as_ref().unwrap();
        assert_eq!(end.held_before, vec![0xE2, 0x82]);
        assert_eq!(end.out.text, "\u{FFFD}");
        assert_eq!(end.out.pieces[0].bytes, 12..14);
        assert_eq!(end.out.pieces[0].kind, PieceKind::Replacement);
        assert!(story
            .narrate(story.steps.len())
            .contains("can never be finished"));
    }

    #[test]
    fn other_encodings_hold_what_they_must() {
        let utf16 = story("a👋", &[3], Encoding::Utf16le);
        assert_eq!(utf16.writes[0].reason.as_deref(), Some("utf16-odd-byte"));
        assert_eq!(utf16.writes[0].held_at, 2..3);
        let base64 = story("hello", &[2], Encoding::Base64);
        assert_eq!(base64.naive_text(), "aGU=bGxv");
        assert_eq!(base64.decoder_text(), "aGVsbG8=");
        assert_eq!(base64.writes[0].reason.as_deref(), Some("base64-remainder"));
        assert_eq!(base64.writes[1].out.pieces[0].bytes, 0..3);
        let hex = story("hé", &[2], Encoding::Hex);
        assert_eq!(hex.naive_text(), hex.decoder_text());
        assert_eq!(hex.naive[0].out.pieces[1].bytes, 1..2);
    }

    #[test]
    fn empty_and_raw_only_inputs_run() {
        // toString() of no bytes returns "" without decoding anything, so it leaves no event.
        let empty = story("", &[], Encoding::Utf8);
        assert_eq!(empty.steps.len(), 2);
        assert_eq!(empty.decoder_text(), "");
        let raw = story("\\xFF\\xF0\\x9F", &[1], Encoding::Utf8);
        assert_eq!(raw.naive_text(), "\u{FFFD}\u{FFFD}");
        assert_eq!(raw.writes[1].held, vec![0xF0, 0x9F]);
        assert_eq!(raw.end.as_ref().unwrap().out.pieces[0].bytes, 1..3);
    }

    /// The programs of every preset in every encoding, for `record-node.sh` to run under real
    /// node: `cargo test -p nodescope-app write_preset_programs -- --ignored`.
    #[test]
    #[ignore]
    fn write_preset_programs() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bytes-programs");
        std::fs::create_dir_all(&dir).unwrap();
        for preset in PRESETS {
            for encoding in Encoding::ALL {
                let source = program(preset.input, preset.cuts, encoding);
                std::fs::write(
                    dir.join(format!("{}.{}.cjs", preset.id, encoding.id())),
                    source,
                )
                .unwrap();
            }
        }
    }

    /// Every preset in every encoding prints under the engine exactly what real node v20
    /// printed (recorded in `node-v20.txt` by `record-node.sh`), and the lanes account for every
    /// byte: each call's pieces cover exactly the bytes it consumed.
    #[test]
    fn every_preset_in_every_encoding_prints_what_node_printed() {
        let recorded = include_str!("node-v20.txt");
        let mut failures = Vec::new();
        for preset in PRESETS {
            for encoding in Encoding::ALL {
                let name = format!("{}.{}", preset.id, encoding.id());
                let source = program(preset.input, preset.cuts, encoding);
                let result = nodescope_engine::run(&source, &nodescope_engine::Options::default());
                let expected = recorded_output(recorded, &name);
                if expected.as_deref() != Some(result.stdout.as_str()) {
                    failures.push(format!(
                        "{name}: engine printed\n{}\nnode printed\n{:?}",
                        result.stdout, expected
                    ));
                    continue;
                }
                let (bytes, _) = bytes_of(&parse_input(preset.input));
                let story = Story::read(&result.trace, &bytes, encoding);
                assert_eq!(story.steps.len(), 2 * (preset.cuts.len() + 1) + 1, "{name}");
                for call in story.writes.iter().chain(story.end.iter()) {
                    let covered: usize =
                        call.out.pieces.iter().map(|piece| piece.bytes.len()).sum();
                    let consumed = call.held_before.len() + call.chunk.len() - call.held.len();
                    // utf16le's end() drops a held odd byte without a character.
                    let dropped = encoding == Encoding::Utf16le
                        && call.chunk.is_empty()
                        && call.out.text.is_empty();
                    if !dropped {
                        assert_eq!(covered, consumed, "{name}: {call:?}");
                    }
                }
                if encoding == Encoding::Utf8 {
                    assert_eq!(
                        story.decoder_text(),
                        story.reading(Encoding::Utf8).unwrap().text,
                        "{name}"
                    );
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    /// The stdout recorded for `name` ("emoji.utf8"): the lines after `=== name` up to the next
    /// `===` line.
    fn recorded_output(recorded: &str, name: &str) -> Option<String> {
        let header = format!("=== {name}\n");
        let start = recorded.find(&header)? + header.len();
        let rest = &recorded[start..];
        let end = rest.find("=== ").unwrap_or(rest.len());
        Some(rest[..end].to_string())
    }
}
