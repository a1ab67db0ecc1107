//! UTF-8 ⇄ UTF-16 as V8 does it: the WHATWG decoder (one U+FFFD per maximal subpart of an
//! ill-formed sequence) and an encoder that turns lone surrogates into `EF BF BD`.

const REPLACEMENT: u16 = 0xFFFD;

/// One U+FFFD produced by the decoder: which input bytes it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Utf8Replacement {
    /// Offset of the first byte of the maximal subpart in the input.
    pub start: usize,
    /// Number of bytes (1..=3) the single U+FFFD replaces.
    pub len: usize,
    /// Index of the U+FFFD in the decoded UTF-16 output.
    pub output_index: usize,
}

/// The byte range that a lead byte allows for the byte right after it, and how many
/// continuation bytes it needs; `None` for bytes that cannot start a sequence.
fn lead_info(b: u8) -> Option<(usize, u8, u8)> {
    match b {
        0xC2..=0xDF => Some((1, 0x80, 0xBF)),
        0xE0 => Some((2, 0xA0, 0xBF)),
        0xE1..=0xEC | 0xEE..=0xEF => Some((2, 0x80, 0xBF)),
        0xED => Some((2, 0x80, 0x9F)),
        0xF0 => Some((3, 0x90, 0xBF)),
        0xF1..=0xF3 => Some((3, 0x80, 0xBF)),
        0xF4 => Some((3, 0x80, 0x8F)),
        _ => None,
    }
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp >= 0x1_0000 {
        let v = cp - 0x1_0000;
        out.push(0xD800 | (v >> 10) as u16);
        out.push(0xDC00 | (v & 0x3FF) as u16);
    } else {
        out.push(cp as u16);
    }
}

/// Decodes `bytes`, calling `on_replacement` for every U+FFFD emitted for ill-formed input.
fn decode_with(bytes: &[u8], mut on_replacement: impl FnMut(Utf8Replacement)) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push(u16::from(b));
            i += 1;
            continue;
        }
        let Some((needed, lower, upper)) = lead_info(b) else {
            on_replacement(Utf8Replacement {
                start: i,
                len: 1,
                output_index: out.len(),
            });
            out.push(REPLACEMENT);
            i += 1;
            continue;
        };
        let mut cp = u32::from(b) & (0x3F >> needed);
        let mut seen = 0;
        let (mut lo, mut hi) = (lower, upper);
        while seen < needed {
            match bytes.get(i + 1 + seen) {
                Some(&c) if (lo..=hi).contains(&c) => {
                    cp = (cp << 6) | (u32::from(c) & 0x3F);
                    seen += 1;
                    lo = 0x80;
                    hi = 0xBF;
                }
                _ => break,
            }
        }
        if seen == needed {
            push_code_point(&mut out, cp);
        } else {
            // The lead and the continuation bytes accepted so far form one maximal subpart;
            // the offending byte (if any) is examined afresh.
            on_replacement(Utf8Replacement {
                start: i,
                len: 1 + seen,
                output_index: out.len(),
            });
            out.push(REPLACEMENT);
        }
        i += 1 + seen;
    }
    out
}

/// Decodes UTF-8 into UTF-16 code units, replacing each maximal subpart of an ill-formed
/// sequence with one U+FFFD.
pub fn decode(bytes: &[u8]) -> Vec<u16> {
    decode_with(bytes, |_| {})
}

/// Where UTF-8 decoding of `bytes` emits U+FFFD, and for which bytes (a U+FFFD that was
/// already in the input as `EF BF BD` is not listed).
pub fn utf8_replacements(bytes: &[u8]) -> Vec<Utf8Replacement> {
    let mut reps = Vec::new();
    decode_with(bytes, |r| reps.push(r));
    reps
}

/// Iterates the code points of UTF-16 units with each lone surrogate mapped to U+FFFD, along
/// with how many units each one used.
fn code_points(units: &[u16]) -> impl Iterator<Item = (u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let u = *units.get(i)?;
        let item = match u {
            0xD800..=0xDBFF => match units.get(i + 1) {
                Some(&l @ 0xDC00..=0xDFFF) => (
                    0x1_0000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(l) - 0xDC00),
                    2,
                ),
                _ => (u32::from(REPLACEMENT), 1),
            },
            0xDC00..=0xDFFF => (u32::from(REPLACEMENT), 1),
            _ => (u32::from(u), 1),
        };
        i += item.1;
        Some(item)
    })
}

fn utf8_len(cp: u32) -> usize {
    match cp {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    match utf8_len(cp) {
        1 => out.push(cp as u8),
        2 => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        3 => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

/// Encodes UTF-16 code units as UTF-8; a lone surrogate becomes `EF BF BD`.
pub fn encode(units: &[u16]) -> Vec<u8> {
    encode_limited(units, usize::MAX)
}

/// Encodes as many whole characters as fit in `max` bytes.
pub fn encode_limited(units: &[u16], max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len().min(max));
    for (cp, _) in code_points(units) {
        if out.len() + utf8_len(cp) > max {
            break;
        }
        push_utf8(&mut out, cp);
    }
    out
}

/// The UTF-8 length of UTF-16 code units (lone surrogates count 3, like `EF BF BD`).
pub fn encoded_len(units: &[u16]) -> usize {
    code_points(units).map(|(cp, _)| utf8_len(cp)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn dec(h: &str) -> String {
        String::from_utf16(&decode(&hex(h))).unwrap()
    }

    #[test]
    fn valid_sequences() {
        assert_eq!(dec("24c2a2e282acf0a4ada2"), "$¢€𤭢");
        assert_eq!(dec("cba464e18ba430e38185"), "\u{2e4}d\u{12e4}0\u{3045}");
    }

    #[test]
    fn maximal_subparts_like_v8() {
        assert_eq!(dec("c9b5a941"), "\u{275}\u{fffd}A");
        assert_eq!(dec("e241"), "\u{fffd}A");
        assert_eq!(dec("f0b841"), "\u{fffd}A");
        assert_eq!(dec("f0fb00"), "\u{fffd}\u{fffd}\0");
        assert_eq!(dec("e2b8ccb8"), "\u{fffd}\u{338}");
        assert_eq!(dec("eda0b5edb08d"), "\u{fffd}".repeat(6));
        assert_eq!(dec("e080"), "\u{fffd}\u{fffd}");
        assert_eq!(dec("f4908080"), "\u{fffd}".repeat(4));
        assert_eq!(dec("c0af"), "\u{fffd}\u{fffd}");
        assert_eq!(dec("f5"), "\u{fffd}");
        assert_eq!(dec("e282"), "\u{fffd}");
    }

    #[test]
    fn replacement_sources() {
        let r = utf8_replacements(&hex("41e2b8ccb8ff"));
        assert_eq!(
            r,
            vec![
                Utf8Replacement {
                    start: 1,
                    len: 2,
                    output_index: 1
                },
                Utf8Replacement {
                    start: 5,
                    len: 1,
                    output_index: 3
                },
            ]
        );
        assert!(utf8_replacements("\u{fffd}".as_bytes()).is_empty());
    }

    #[test]
    fn encoding_lone_surrogates() {
        assert_eq!(encode(&[0xD83D, 0xDE00, 0x78]), hex("f09f988078"));
        assert_eq!(encode(&[0xDE00, 0xD83D]), hex("efbfbdefbfbd"));
        assert_eq!(encoded_len(&[0xD83D, 0xDE00, 0xD83D]), 7);
        assert_eq!(encode_limited(&[0xD83D, 0xDE00], 3), Vec::<u8>::new());
    }
}
