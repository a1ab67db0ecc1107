//! What the learner sets up in the bytes lab (the text, where the byte stream is cut into
//! chunks, the encoding the chunks are read with) and the Node program that this setup stands
//! for. Pure logic with no UI imports: the lab runs [`program`] through the engine and shows
//! the program as it is, so what the lanes show is what that program does.
//!
//! Text is typed as text; a raw byte that is not valid UTF-8 is typed as `\xNN` (two hex
//! digits), and `\\` is one backslash.

use std::ops::Range;

/// The most bytes the lab shows: the trace records at most this many bytes per event.
pub const MAX_BYTES: usize = 64;

/// The encodings the lab's switch offers, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Encoding {
    #[default]
    Utf8,
    Utf16le,
    Latin1,
    Base64,
    Hex,
}

impl Encoding {
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Utf16le,
        Encoding::Latin1,
        Encoding::Base64,
        Encoding::Hex,
    ];

    /// Node's name for it, as `toString()` and `StringDecoder` take it (and as `enc=` says).
    pub fn id(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf16le => "utf16le",
            Encoding::Latin1 => "latin1",
            Encoding::Base64 => "base64",
            Encoding::Hex => "hex",
        }
    }

    pub fn from_id(id: &str) -> Option<Encoding> {
        let id = id.to_ascii_lowercase();
        let id = match id.as_str() {
            "utf-8" => "utf8",
            "ucs2" | "ucs-2" | "utf-16le" => "utf16le",
            "binary" => "latin1",
            other => other,
        };
        Encoding::ALL
            .into_iter()
            .find(|encoding| encoding.id() == id)
    }

    /// What the encoding does with bytes, in a few words.
    pub fn summary(self) -> &'static str {
        match self {
            Encoding::Utf8 => "1 to 4 bytes per character; the lead byte says how many",
            Encoding::Utf16le => "2 bytes per code unit, low byte first; emoji take two units",
            Encoding::Latin1 => "1 byte per character, U+0000 to U+00FF; never invalid",
            Encoding::Base64 => "every 3 bytes become 4 ASCII characters; '=' pads the end",
            Encoding::Hex => "every byte becomes 2 hex digits",
        }
    }
}

/// A piece of the input: text, or raw bytes written as `\xNN`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Raw(Vec<u8>),
}

/// Splits the input into text and raw bytes.
pub fn parse_input(input: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let push_text = |pieces: &mut Vec<Piece>, c: char| match pieces.last_mut() {
        Some(Piece::Text(text)) => text.push(c),
        _ => pieces.push(Piece::Text(c.to_string())),
    };
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            if chars.get(i + 1) == Some(&'\\') {
                push_text(&mut pieces, '\\');
                i += 2;
                continue;
            }
            if matches!(chars.get(i + 1), Some('x' | 'X')) {
                let hex: String = chars.iter().skip(i + 2).take(2).collect();
                if hex.len() == 2 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    let byte = u8::from_str_radix(&hex, 16).unwrap_or(0);
                    match pieces.last_mut() {
                        Some(Piece::Raw(bytes)) => bytes.push(byte),
                        _ => pieces.push(Piece::Raw(vec![byte])),
                    }
                    i += 4;
                    continue;
                }
            }
        }
        push_text(&mut pieces, c);
        i += 1;
    }
    pieces
}

/// The bytes of the pieces, and whether they had to be cut to [`MAX_BYTES`] (always at a
/// character's edge, never inside one).
pub fn bytes_of(pieces: &[Piece]) -> (Vec<u8>, bool) {
    let mut bytes = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                for c in text.chars() {
                    if bytes.len() + c.len_utf8() > MAX_BYTES {
                        return (bytes, true);
                    }
                    let mut buffer = [0; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
            }
            Piece::Raw(raw) => {
                for &byte in raw {
                    if bytes.len() == MAX_BYTES {
                        return (bytes, true);
                    }
                    bytes.push(byte);
                }
            }
        }
    }
    (bytes, false)
}

/// The pieces cut to the bytes [`bytes_of`] kept, so that the program makes exactly them.
fn pieces_within(pieces: &[Piece], limit: usize) -> Vec<Piece> {
    let mut kept = Vec::new();
    let mut used = 0;
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                let mut part = String::new();
                for c in text.chars() {
                    if used + c.len_utf8() > limit {
                        break;
                    }
                    used += c.len_utf8();
                    part.push(c);
                }
                if !part.is_empty() {
                    kept.push(Piece::Text(part));
                }
            }
            Piece::Raw(raw) => {
                let n = raw.len().min(limit - used);
                used += n;
                if n > 0 {
                    kept.push(Piece::Raw(raw[..n].to_vec()));
                }
            }
        }
        if used >= limit {
            break;
        }
    }
    kept
}

/// Keeps the cuts that fall strictly inside `n_bytes` bytes, sorted and without repeats.
pub fn clean_cuts(cuts: &[usize], n_bytes: usize) -> Vec<usize> {
    let mut kept: Vec<usize> = cuts
        .iter()
        .copied()
        .filter(|&cut| cut > 0 && cut < n_bytes)
        .collect();
    kept.sort_unstable();
    kept.dedup();
    kept
}

/// Cuts every `size` bytes.
pub fn cuts_every(size: usize, n_bytes: usize) -> Vec<usize> {
    if size == 0 {
        return Vec::new();
    }
    (1..n_bytes).filter(|at| at % size == 0).collect()
}

/// The byte ranges of the chunks that `cuts` make of `n_bytes` bytes.
pub fn chunks(cuts: &[usize], n_bytes: usize) -> Vec<Range<usize>> {
    let mut edges = vec![0];
    edges.extend(clean_cuts(cuts, n_bytes));
    edges.push(n_bytes);
    edges.windows(2).map(|pair| pair[0]..pair[1]).collect()
}

/// Adds the cut if it is not there, removes it if it is.
pub fn toggle_cut(cuts: &[usize], at: usize, n_bytes: usize) -> Vec<usize> {
    let mut next: Vec<usize> = cuts.iter().copied().filter(|&cut| cut != at).collect();
    if next.len() == cuts.len() {
        next.push(at);
    }
    clean_cuts(&next, n_bytes)
}

/// A JavaScript string literal for `text`, in single quotes. Characters that would be
/// invisible or would merge with the quotes (controls, combining marks, joiners, variation
/// selectors) are written as escapes so that the program shows them.
pub fn js_string(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let cp = c as u32;
                if cp <= 0xFF {
                    out.push_str(&format!("\\x{cp:02X}"));
                } else if cp <= 0xFFFF {
                    out.push_str(&format!("\\u{cp:04X}"));
                } else {
                    out.push_str(&format!("\\u{{{cp:X}}}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || crate::labs::bytes::anatomy::is_combining(c)
        || matches!(c as u32,
            0x00AD | 0x200B..=0x200F | 0x2028 | 0x2029 | 0x2060..=0x2064 | 0xFE00..=0xFE0F
            | 0xFEFF | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// The Node program for a setup: make the bytes, cut them into chunks, read each chunk naively
/// and through a StringDecoder, then read the whole buffer in every encoding.
pub fn program(input: &str, cuts: &[usize], encoding: Encoding) -> String {
    let pieces = parse_input(input);
    let (bytes, _) = bytes_of(&pieces);
    let pieces = pieces_within(&pieces, bytes.len());
    let n_bytes = bytes.len();
    let enc = encoding.id();
    let mut out = String::new();
    out.push_str("const { StringDecoder } = require('string_decoder');\n\n");
    out.push_str(&bytes_line(&pieces, n_bytes));
    out.push_str(&chunks_line(&chunks(cuts, n_bytes)));
    out.push('\n');
    out.push_str(&format!("const decoder = new StringDecoder('{enc}');\n"));
    out.push_str("for (const chunk of chunks) {\n");
    out.push_str(&format!(
        "  console.log('naive  :', JSON.stringify(chunk.toString('{enc}')));\n"
    ));
    out.push_str("  console.log('decoder:', JSON.stringify(decoder.write(chunk)));\n");
    out.push_str("}\n");
    out.push_str("console.log('end    :', JSON.stringify(decoder.end()));\n\n");
    out.push_str("// The same bytes, read whole in each encoding:\n");
    let all: Vec<String> = Encoding::ALL
        .iter()
        .map(|encoding| format!("'{}'", encoding.id()))
        .collect();
    out.push_str(&format!(
        "for (const encoding of [{}]) {{\n",
        all.join(", ")
    ));
    out.push_str(
        "  console.log(encoding.padEnd(7), ':', JSON.stringify(bytes.toString(encoding)));\n",
    );
    out.push_str("}\n");
    out
}

fn bytes_line(pieces: &[Piece], n_bytes: usize) -> String {
    let plural = if n_bytes == 1 { "" } else { "s" };
    match pieces {
        [] => "const bytes = Buffer.alloc(0);\n".to_string(),
        [Piece::Text(text)] => format!(
            "const bytes = Buffer.from({}, 'utf8'); // {n_bytes} byte{plural}\n",
            js_string(text)
        ),
        _ => {
            let parts: Vec<String> = pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Text(text) => format!("Buffer.from({})", js_string(text)),
                    Piece::Raw(raw) => {
                        let hex: Vec<String> = raw.iter().map(|b| format!("0x{b:02x}")).collect();
                        format!("Buffer.from([{}])", hex.join(", "))
                    }
                })
                .collect();
            format!(
                "// UTF-8 text and raw bytes, {n_bytes} byte{plural} in all:\nconst bytes = Buffer.concat([\n  {},\n]);\n",
                parts.join(",\n  ")
            )
        }
    }
}

/// The chunks as subarrays; many chunks are written as a list of edges instead.
fn chunks_line(chunks: &[Range<usize>]) -> String {
    const LISTED: usize = 6;
    if chunks.len() <= 1 {
        return "const chunks = [bytes];\n".to_string();
    }
    if chunks.len() <= LISTED {
        let last = chunks.len() - 1;
        let parts: Vec<String> = chunks
            .iter()
            .enumerate()
            .map(|(index, range)| {
                if index == last {
                    format!("bytes.subarray({})", range.start)
                } else {
                    format!("bytes.subarray({}, {})", range.start, range.end)
                }
            })
            .collect();
        let one_line = format!("const chunks = [{}];\n", parts.join(", "));
        if one_line.len() <= 100 {
            return one_line;
        }
        return format!("const chunks = [\n  {},\n];\n", parts.join(",\n  "));
    }
    let mut edges: Vec<String> = chunks.iter().map(|range| range.start.to_string()).collect();
    edges.push(chunks[chunks.len() - 1].end.to_string());
    format!(
        "const edges = [{}];\nconst chunks = edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));\n",
        edges.join(", ")
    )
}

/// A ready-made setup.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub title: &'static str,
    pub input: &'static str,
    pub cuts: &'static [usize],
    pub explanation: &'static str,
}

pub const PRESETS: [Preset; 6] = [
    Preset {
        id: "emoji",
        title: "Emoji with a skin tone",
        input: "héllo 👋🏽",
        cuts: &[3, 9],
        explanation: "👋🏽 is two code points (a waving hand and a skin-tone modifier), 4 bytes each. The cut at byte 9 splits the hand in half: toString() turns each half into U+FFFD, StringDecoder holds the first half back until the rest arrives.",
    },
    Preset {
        id: "accents",
        title: "Accents",
        input: "Crème brûlée",
        cuts: &[3, 10, 13],
        explanation: "Accented Latin letters take 2 bytes in UTF-8 (C3 and one more). Every cut here falls between those two bytes.",
    },
    Preset {
        id: "cjk",
        title: "CJK text",
        input: "日本語のテキスト",
        cuts: &[4, 8, 12, 16, 20],
        explanation: "Each of these characters is 3 bytes in UTF-8 (and 2 in UTF-16). Chunks of 4 bytes cut almost every one of them.",
    },
    Preset {
        id: "combining",
        title: "Combining marks",
        input: "café = cafe\u{301}",
        cuts: &[13],
        explanation: "The first é is one code point (U+00E9); the second is e followed by U+0301 COMBINING ACUTE ACCENT. They look the same, but the second is 1 more code point and 1 more byte, and the cut falls inside the accent.",
    },
    Preset {
        id: "invalid",
        title: "Invalid bytes",
        input: "ok \\xFF \\xC3( end \\xE2\\x82",
        cuts: &[6, 12],
        explanation: "FF is never valid UTF-8. C3 announces a 2-byte character, but \"(\" comes next, so C3 alone becomes U+FFFD, even for the decoder that held it. E2 82 at the very end is an unfinished 3-byte character: decoder.end() flushes it as one U+FFFD.",
    },
    Preset {
        id: "ascii",
        title: "Plain ASCII",
        input: "hello, world",
        cuts: &[3, 7],
        explanation: "Every ASCII character is a single byte below 0x80, so any cut falls between characters: both lanes agree.",
    },
];

pub fn default_preset() -> &'static Preset {
    &PRESETS[0]
}

pub fn find_preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_make_raw_bytes_and_a_double_backslash_is_one_backslash() {
        assert_eq!(
            parse_input("a\\xFFb\\xc3\\x28"),
            vec![
                Piece::Text("a".into()),
                Piece::Raw(vec![0xFF]),
                Piece::Text("b".into()),
                Piece::Raw(vec![0xC3, 0x28]),
            ]
        );
        assert_eq!(parse_input("\\\\xFF"), vec![Piece::Text("\\xFF".into())]);
        assert_eq!(
            parse_input("\\xZ1 \\"),
            vec![Piece::Text("\\xZ1 \\".into())]
        );
        let (bytes, cut) = bytes_of(&parse_input("é\\x80"));
        assert_eq!(bytes, vec![0xC3, 0xA9, 0x80]);
        assert!(!cut);
    }

    #[test]
    fn long_input_is_cut_at_a_character_edge() {
        let input = "é".repeat(40);
        let (bytes, cut) = bytes_of(&parse_input(&input));
        assert!(cut);
        assert_eq!(bytes.len(), 64);
        let (bytes, cut) = bytes_of(&parse_input(&"👋".repeat(20)));
        assert!(cut);
        assert_eq!(bytes.len(), 64);
        let (bytes, _) = bytes_of(&parse_input(&format!("{}👋", "a".repeat(62))));
        assert_eq!(bytes.len(), 62);
        assert!(
            program(&format!("{}👋", "a".repeat(62)), &[], Encoding::Utf8).contains("// 62 bytes")
        );
    }

    #[test]
    fn cuts_make_chunks_and_toggle() {
        assert_eq!(chunks(&[9, 3, 3, 0, 20], 15), vec![0..3, 3..9, 9..15]);
        assert_eq!(chunks(&[], 4), vec![0..4]);
        assert_eq!(cuts_every(4, 10), vec![4, 8]);
        assert_eq!(toggle_cut(&[3, 9], 9, 15), vec![3]);
        assert_eq!(toggle_cut(&[3], 5, 15), vec![3, 5]);
    }

    #[test]
    fn the_program_matches_the_brief() {
        let program = program("héllo 👋🏽", &[3, 9], Encoding::Utf8);
        assert!(program.contains("const bytes = Buffer.from('héllo 👋🏽', 'utf8'); // 15 bytes\n"));
        assert!(program.contains(
            "const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)];\n"
        ));
        assert!(program.contains("new StringDecoder('utf8')"));
        assert!(program.contains("chunk.toString('utf8')"));
    }

    #[test]
    fn raw_bytes_and_invisible_characters_are_written_so_they_show() {
        let program = program("ok \\xFF e\u{301}", &[], Encoding::Hex);
        assert!(program.contains("Buffer.from('ok ')"), "{program}");
        assert!(program.contains("Buffer.from([0xff])"), "{program}");
        assert!(program.contains("Buffer.from(' e\\u0301')"), "{program}");
        assert!(program.contains("const chunks = [bytes];"));
        assert!(program.contains("new StringDecoder('hex')"));
        assert_eq!(js_string("it's \\ \n"), "'it\\'s \\\\ \\n'");
    }

    #[test]
    fn many_chunks_are_written_as_edges() {
        let program = program("abcdefghij", &cuts_every(1, 10), Encoding::Utf8);
        assert!(program.contains("const edges = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];"));
    }

    #[test]
    fn encodings_parse_with_node_aliases() {
        assert_eq!(Encoding::from_id("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::from_id("ucs2"), Some(Encoding::Utf16le));
        assert_eq!(Encoding::from_id("binary"), Some(Encoding::Latin1));
        assert_eq!(Encoding::from_id("ebcdic"), None);
    }

    #[test]
    fn preset_cuts_fall_inside_their_bytes() {
        for preset in PRESETS {
            let (bytes, cut) = bytes_of(&parse_input(preset.input));
            assert!(!cut, "{}", preset.id);
            assert_eq!(
                clean_cuts(preset.cuts, bytes.len()),
                preset.cuts,
                "{}",
                preset.id
            );
        }
    }
}
