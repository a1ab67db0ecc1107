//! The anatomy of a byte string read as UTF-8, for the strip of characters over their bytes:
//! which bytes make up each code point (or each maximal invalid piece, the unit V8 replaces with
//! one U+FFFD), which code points make one visible character, and what each bit of each byte
//! means. Pure logic with no UI imports.
//!
//! This describes the input the learner typed; what Node makes of the bytes chunk by chunk
//! comes from the engine's trace (see `story.rs`).

use std::ops::Range;

/// A code point and its bytes, or a maximal piece of bytes that is not UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// `None` for an invalid piece.
    pub char: Option<char>,
    pub bytes: Range<usize>,
}

impl Unit {
    /// "U+1F44B", or "invalid".
    pub fn code_point(&self) -> String {
        match self.char {
            Some(c) => format!("U+{:04X}", c as u32),
            None => "invalid".to_string(),
        }
    }
}

/// Splits bytes into code points and maximal invalid pieces, as V8 decodes UTF-8 (Rust's
/// decoder follows the same "maximal subpart" rule of the Unicode standard).
pub fn units(bytes: &[u8]) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        for (index, c) in chunk.valid().char_indices() {
            let start = offset + index;
            units.push(Unit {
                char: Some(c),
                bytes: start..start + c.len_utf8(),
            });
        }
        offset += chunk.valid().len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            units.push(Unit {
                char: None,
                bytes: offset..offset + invalid.len(),
            });
            offset += invalid.len();
        }
    }
    units
}

/// What a byte is, by its high bits alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `0xxxxxxx`
    Ascii,
    /// `10xxxxxx`
    Continuation,
    /// `110xxxxx`, `1110xxxx`, `11110xxx`: the start of a sequence of this many bytes.
    Lead(u8),
    /// `11111xxx`: never part of UTF-8.
    Never,
}

pub fn shape(byte: u8) -> Shape {
    match byte.leading_ones() {
        0 => Shape::Ascii,
        1 => Shape::Continuation,
        n @ 2..=4 => Shape::Lead(n as u8),
        _ => Shape::Never,
    }
}

impl Shape {
    /// The number of high bits that are structure rather than payload.
    pub fn prefix_len(self) -> usize {
        match self {
            Shape::Ascii => 1,
            Shape::Continuation => 2,
            Shape::Lead(n) => n as usize + 1,
            Shape::Never => 5,
        }
    }

    /// What the prefix says, in words.
    pub fn meaning(self) -> String {
        match self {
            Shape::Ascii => "Prefix 0: a 1-byte (ASCII) character.".to_string(),
            Shape::Continuation => "Prefix 10: a continuation byte.".to_string(),
            Shape::Lead(n) => format!(
                "Prefix {}0: the lead byte of a {n}-byte character.",
                "1".repeat(n as usize)
            ),
            Shape::Never => "Prefix 11111: never valid in UTF-8.".to_string(),
        }
    }
}

/// A byte's bits split into the structural prefix and the payload, e.g. ("1110", "0010").
pub fn bits(byte: u8) -> (String, String) {
    let all = format!("{byte:08b}");
    let prefix = shape(byte).prefix_len().min(8);
    (all[..prefix].to_string(), all[prefix..].to_string())
}

/// The role of a byte within the text, for the short tag under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Ascii,
    /// Byte `index` (1-based) of a valid character of `of` bytes.
    Part {
        index: usize,
        of: usize,
    },
    Invalid,
}

impl Role {
    /// The tag under the byte: "ascii", "2/4", "bad".
    pub fn tag(self) -> String {
        match self {
            Role::Ascii => "ascii".to_string(),
            Role::Part { index, of } => format!("{index}/{of}"),
            Role::Invalid => "bad".to_string(),
        }
    }
}

/// The role of every byte, and the unit each byte belongs to.
pub fn roles(n_bytes: usize, units: &[Unit]) -> Vec<(Role, usize)> {
    let mut roles = vec![(Role::Invalid, 0); n_bytes];
    for (unit_index, unit) in units.iter().enumerate() {
        let len = unit.bytes.len();
        for (offset, at) in unit.bytes.clone().enumerate() {
            let role = match unit.char {
                None => Role::Invalid,
                Some(_) if len == 1 => Role::Ascii,
                Some(_) => Role::Part {
                    index: offset + 1,
                    of: len,
                },
            };
            if let Some(slot) = roles.get_mut(at) {
                *slot = (role, unit_index);
            }
        }
    }
    roles
}

/// The payload bits of a valid multi-byte character, byte by byte, which together spell the
/// code point: e.g. é = C3 A9 → "00011" + "101001" = 0xE9.
pub fn payload_explanation(bytes: &[u8], c: char) -> String {
    let parts: Vec<String> = bytes.iter().map(|&byte| bits(byte).1).collect();
    format!("{} = U+{:04X}", parts.join(" + "), c as u32)
}

/// Whether a code point joins the one before it into one visible character: combining marks,
/// joiners, variation selectors, skin-tone modifiers, tag characters.
pub fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x3099 | 0x309A
        | 0xFE20..=0xFE2F)
}

fn extends_previous(c: char) -> bool {
    is_combining(c)
        || matches!(c as u32,
            0x200C | 0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Groups units into what a reader sees as one character (an approximation of Unicode's
/// grapheme clusters that covers accents, emoji modifiers, ZWJ sequences and flags). Returns
/// ranges of unit indices.
pub fn graphemes(units: &[Unit]) -> Vec<Range<usize>> {
    let mut groups: Vec<Range<usize>> = Vec::new();
    let mut after_joiner = false;
    let mut open_flag = false;
    for (index, unit) in units.iter().enumerate() {
        let joins = match (unit.char, groups.last()) {
            (Some(c), Some(last)) => {
                let previous_valid = units[last.end - 1].char.is_some();
                previous_valid
                    && (extends_previous(c)
                        || after_joiner
                        || (open_flag && is_regional_indicator(c)))
            }
            _ => false,
        };
        if joins {
            if let Some(last) = groups.last_mut() {
                last.end = index + 1;
            }
            open_flag = false;
        } else {
            groups.push(index..index + 1);
            open_flag = unit.char.is_some_and(is_regional_indicator);
        }
        after_joiner = unit.char == Some('\u{200D}');
    }
    groups
}

/// How a code point is drawn on its own in the strip: combining marks on a dotted circle,
/// invisible ones by name.
pub fn glyph(c: char) -> String {
    match c as u32 {
        0x20 => "␣".to_string(),
        0x200D => "ZWJ".to_string(),
        0x200C => "ZWNJ".to_string(),
        0xFE0F => "VS16".to_string(),
        0xFE0E => "VS15".to_string(),
        0xFEFF => "BOM".to_string(),
        cp if cp < 0x20 => char::from_u32(0x2400 + cp).map_or_else(String::new, String::from),
        0x7F => "␡".to_string(),
        0x80..=0x9F | 0xAD => format!("U+{:04X}", c as u32),
        _ if is_combining(c) => format!("◌{c}"),
        _ => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(units: &[Unit]) -> Vec<(Option<char>, Range<usize>)> {
        units
            .iter()
            .map(|unit| (unit.char, unit.bytes.clone()))
            .collect()
    }

    #[test]
    fn code_points_and_maximal_invalid_pieces() {
        let bytes = "hé👋".as_bytes();
        assert_eq!(
            ranges(&units(bytes)),
            vec![(Some('h'), 0..1), (Some('é'), 1..3), (Some('👋'), 3..7)]
        );
        // V8: F0 9F (cut short) is one piece, FF is one, C3 before "(" is one.
        let bytes = [0xF0, 0x9F, 0x41, 0xFF, 0xC3, 0x28, 0xE2, 0x82];
        assert_eq!(
            ranges(&units(&bytes)),
            vec![
                (None, 0..2),
                (Some('A'), 2..3),
                (None, 3..4),
                (None, 4..5),
                (Some('('), 5..6),
                (None, 6..8),
            ]
        );
    }

    #[test]
    fn shapes_and_bits() {
        assert_eq!(shape(0x41), Shape::Ascii);
        assert_eq!(shape(0xA9), Shape::Continuation);
        assert_eq!(shape(0xC3), Shape::Lead(2));
        assert_eq!(shape(0xE2), Shape::Lead(3));
        assert_eq!(shape(0xF0), Shape::Lead(4));
        assert_eq!(shape(0xFF), Shape::Never);
        assert_eq!(bits(0xC3), ("110".to_string(), "00011".to_string()));
        assert_eq!(bits(0xA9), ("10".to_string(), "101001".to_string()));
        assert_eq!(bits(0x41), ("0".to_string(), "1000001".to_string()));
        assert_eq!(bits(0xF0), ("11110".to_string(), "000".to_string()));
        assert_eq!(bits(0xFF), ("11111".to_string(), "111".to_string()));
        assert_eq!(
            payload_explanation(&[0xC3, 0xA9], 'é'),
            "00011 + 101001 = U+00E9"
        );
    }

    #[test]
    fn roles_number_the_bytes_of_each_character() {
        let bytes = [0x68, 0xC3, 0xA9, 0xFF];
        let units = units(&bytes);
        let roles = roles(bytes.len(), &units);
        let tags: Vec<String> = roles.iter().map(|(role, _)| role.tag()).collect();
        assert_eq!(tags, ["ascii", "1/2", "2/2", "bad"]);
        assert_eq!(roles[2].1, 1);
    }

    #[test]
    fn graphemes_join_modifiers_marks_joiners_and_flags() {
        let group = |text: &str| graphemes(&units(text.as_bytes()));
        assert_eq!(group("👋🏽a"), vec![0..2, 2..3]);
        assert_eq!(group("cafe\u{301}"), vec![0..1, 1..2, 2..3, 3..5]);
        assert_eq!(group("👩\u{200D}💻!"), vec![0..3, 3..4]);
        assert_eq!(group("🇫🇷🇩🇪"), vec![0..2, 2..4]);
        // A mark after an invalid piece starts its own group.
        assert_eq!(graphemes(&units(&[0xFF, 0xCC, 0x81])), vec![0..1, 1..2]);
    }

    #[test]
    fn glyphs_show_the_invisible() {
        assert_eq!(glyph(' '), "␣");
        assert_eq!(glyph('\u{301}'), "◌\u{301}");
        assert_eq!(glyph('\n'), "␊");
        assert_eq!(glyph('é'), "é");
    }
}
