//! Node v20's `StringDecoder`: decodes a byte stream chunk by chunk without cutting characters
//! in half, and reports after every call which bytes it holds back and why.
//!
//! The rules (observable behaviour of Node v20, checked against real node):
//! - **utf8**: when a chunk ends inside a multi-byte character, the trailing bytes (up to 3)
//!   are held. How long the character should be is judged by its lead byte alone
//!   (`110xxxxx` → 2, `1110xxxx` → 3, `11110xxx` → 4, so even `C0` or `F5` are held). When
//!   the next chunk arrives the held character is completed with continuation bytes only; a
//!   byte that is not `10xxxxxx` ends it early. The completed (or cut-short) character is
//!   decoded on its own, then the rest of the chunk is decoded, both with V8's UTF-8 decoder
//!   (one U+FFFD per maximal subpart of an ill-formed sequence).
//! - **utf16le**: an odd trailing byte is held; in an even-length chunk a trailing high
//!   surrogate (last byte `D8`..`DB`) is held until the two bytes after it arrive.
//! - **base64/base64url**: `len % 3` trailing bytes are held so that every write yields whole
//!   4-character groups; `end()` encodes the 1–2 held bytes (with padding for base64).
//! - **latin1/ascii/hex**: nothing is ever held.
//! - **end()**: writes its argument (if any), then decodes whatever is held (for utf16le an
//!   odd byte is dropped first) and resets, so the decoder can be reused.

use crate::{decode_utf16, utf8::utf8_replacements, Encoding};

/// Why a decoder is holding bytes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoldReason {
    /// The start of a UTF-8 character whose lead byte announces `expected` bytes in total.
    Utf8Incomplete {
        /// The sequence length the lead byte announces (2, 3 or 4).
        expected: usize,
    },
    /// Half of a UTF-16 code unit.
    Utf16OddByte,
    /// A UTF-16 high surrogate waiting for its low surrogate.
    Utf16HighSurrogate,
    /// 1 or 2 bytes that do not yet make a whole base64 group of 3 bytes.
    Base64Remainder,
}

impl HoldReason {
    /// A short stable name, used in traces: `utf8-incomplete`, `utf16-odd-byte`,
    /// `utf16-high-surrogate`, `base64-remainder`.
    pub fn name(self) -> &'static str {
        match self {
            HoldReason::Utf8Incomplete { .. } => "utf8-incomplete",
            HoldReason::Utf16OddByte => "utf16-odd-byte",
            HoldReason::Utf16HighSurrogate => "utf16-high-surrogate",
            HoldReason::Base64Remainder => "base64-remainder",
        }
    }
}

/// A U+FFFD that a `write`/`end` call emitted for ill-formed UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// Index of the U+FFFD in the UTF-16 output of that call.
    pub output_index: usize,
    /// The bytes it replaces (a maximal subpart of an ill-formed sequence, 1–3 bytes; they
    /// may have arrived in earlier chunks).
    pub bytes: Vec<u8>,
}

/// What the last `write`/`end` call did, for traces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Bytes passed to the call.
    pub bytes_in: usize,
    /// Bytes that were held before the call (all of them are consumed or still held after it).
    pub held_before: Vec<u8>,
    /// The held character completed (or cut short) by this call and decoded on its own:
    /// the previously held bytes plus the first bytes of the new chunk. Empty if none.
    pub completed: Vec<u8>,
    /// Bytes held back after the call.
    pub held: Vec<u8>,
    /// How many more bytes the held character needs.
    pub needed: usize,
    /// Why bytes are held, if any are.
    pub reason: Option<HoldReason>,
    /// U+FFFDs emitted for ill-formed UTF-8.
    pub replacements: Vec<Replacement>,
    /// Bytes `end()` decoded from what was held (empty for `write`).
    pub flushed: Vec<u8>,
    /// UTF-16 code units returned.
    pub units_out: usize,
}

/// Node v20's `StringDecoder`, byte-exact.
#[derive(Clone, Debug)]
pub struct StringDecoder {
    enc: Encoding,
    /// Node's incomplete-character buffer: bytes stay in it after they are consumed, which is
    /// what `lastChar` shows.
    buf: [u8; 4],
    buffered: usize,
    missing: usize,
    reason: Option<HoldReason>,
    report: WriteReport,
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The sequence length a UTF-8 lead byte announces, judged by its high bits only.
fn announced_len(b: u8) -> Option<usize> {
    if b & 0xE0 == 0xC0 {
        Some(2)
    } else if b & 0xF0 == 0xE0 {
        Some(3)
    } else if b & 0xF8 == 0xF0 {
        Some(4)
    } else {
        None
    }
}

impl StringDecoder {
    /// A decoder for `enc` with nothing held.
    pub fn new(enc: Encoding) -> StringDecoder {
        StringDecoder {
            enc,
            buf: [0; 4],
            buffered: 0,
            missing: 0,
            reason: None,
            report: WriteReport::default(),
        }
    }

    /// The encoding this decoder decodes.
    pub fn encoding(&self) -> Encoding {
        self.enc
    }

    /// The bytes currently held back.
    pub fn held_bytes(&self) -> &[u8] {
        &self.buf[..self.buffered]
    }

    /// How many more bytes the held character needs (Node's `lastNeed`).
    pub fn needed(&self) -> usize {
        self.missing
    }

    /// Held plus needed bytes (Node's `lastTotal`).
    pub fn last_total(&self) -> usize {
        self.buffered + self.missing
    }

    /// Node's `lastChar`: the 4-byte incomplete-character buffer, stale bytes included.
    pub fn last_char(&self) -> [u8; 4] {
        self.buf
    }

    /// Why bytes are held, if any are.
    pub fn hold_reason(&self) -> Option<HoldReason> {
        if self.buffered == 0 {
            None
        } else {
            self.reason
        }
    }

    /// What the last `write`/`end` call did.
    pub fn last_report(&self) -> &WriteReport {
        &self.report
    }

    /// Decodes `bytes` with this decoder's encoding, recording U+FFFDs into the report.
    fn decode_part(&mut self, bytes: &[u8], out: &mut Vec<u16>) {
        if self.enc == Encoding::Utf8 {
            for r in utf8_replacements(bytes) {
                self.report.replacements.push(Replacement {
                    output_index: out.len() + r.output_index,
                    bytes: bytes[r.start..r.start + r.len].to_vec(),
                });
            }
        }
        out.extend(decode_utf16(bytes, self.enc));
    }

    fn begin_report(&mut self, bytes_in: usize) {
        self.report = WriteReport {
            bytes_in,
            held_before: self.held_bytes().to_vec(),
            ..WriteReport::default()
        };
    }

    fn finish_report(&mut self, out: &[u16]) {
        self.report.held = self.held_bytes().to_vec();
        self.report.needed = self.missing;
        self.report.reason = self.hold_reason();
        self.report.units_out = out.len();
    }

    /// `decoder.write(chunk)`: the text that is complete so far, as UTF-16 code units.
    pub fn write(&mut self, chunk: &[u8]) -> Vec<u16> {
        self.begin_report(chunk.len());
        let mut out = Vec::new();
        self.write_inner(chunk, &mut out);
        self.finish_report(&out);
        out
    }

    fn write_inner(&mut self, chunk: &[u8], out: &mut Vec<u16>) {
        if matches!(self.enc, Encoding::Latin1 | Encoding::Ascii | Encoding::Hex) {
            self.decode_part(chunk, out);
            return;
        }
        let mut data = chunk;
        if self.missing > 0 {
            if self.enc == Encoding::Utf8 {
                // Only continuation bytes can complete a held UTF-8 character.
                let limit = data.len().min(self.missing);
                if let Some(i) = data[..limit].iter().position(|&b| !is_continuation(b)) {
                    self.buf[self.buffered..self.buffered + i].copy_from_slice(&data[..i]);
                    self.buffered += i;
                    self.missing = 0;
                    data = &data[i..];
                }
            }
            let take = data.len().min(self.missing);
            self.buf[self.buffered..self.buffered + take].copy_from_slice(&data[..take]);
            self.buffered += take;
            self.missing -= take;
            data = &data[take..];
            if self.missing == 0 {
                let completed = self.buf[..self.buffered].to_vec();
                self.report.completed = completed.clone();
                self.buffered = 0;
                self.decode_part(&completed, out);
            }
        }
        if data.is_empty() {
            return;
        }
        let (hold, missing, reason) = self.tail_to_hold(data);
        let body_len = data.len() - hold;
        self.buf[..hold].copy_from_slice(&data[body_len..]);
        self.buffered = hold;
        self.missing = missing;
        self.reason = reason;
        self.decode_part(&data[..body_len], out);
    }

    /// How many trailing bytes of a chunk (with nothing held) to hold back, how many more
    /// they need, and why.
    fn tail_to_hold(&self, data: &[u8]) -> (usize, usize, Option<HoldReason>) {
        let n = data.len();
        match self.enc {
            Encoding::Utf8 => {
                if data[n - 1] < 0x80 {
                    return (0, 0, None);
                }
                // Walk back over at most 3 continuation bytes to the byte that starts them.
                let mut count = 0;
                for i in (0..n).rev() {
                    count += 1;
                    if is_continuation(data[i]) {
                        if count >= 4 || i == 0 {
                            return (0, 0, None);
                        }
                        continue;
                    }
                    return match announced_len(data[i]) {
                        Some(total) if count < total => (
                            count,
                            total - count,
                            Some(HoldReason::Utf8Incomplete { expected: total }),
                        ),
                        _ => (0, 0, None),
                    };
                }
                (0, 0, None)
            }
            Encoding::Utf16le => {
                if n % 2 == 1 {
                    (1, 1, Some(HoldReason::Utf16OddByte))
                } else if data[n - 1] & 0xFC == 0xD8 {
                    (2, 2, Some(HoldReason::Utf16HighSurrogate))
                } else {
                    (0, 0, None)
                }
            }
            Encoding::Base64 | Encoding::Base64url => {
                let hold = n % 3;
                if hold == 0 {
                    (0, 0, None)
                } else {
                    (hold, 3 - hold, Some(HoldReason::Base64Remainder))
                }
            }
            Encoding::Latin1 | Encoding::Ascii | Encoding::Hex => (0, 0, None),
        }
    }

    /// `decoder.end(chunk)`: writes `chunk` if given, then decodes whatever is still held
    /// (an incomplete UTF-8 character becomes U+FFFD, a lone high surrogate is returned as
    /// is, an odd UTF-16 byte is dropped, base64 remainders are encoded) and resets.
    pub fn end(&mut self, chunk: Option<&[u8]>) -> Vec<u16> {
        self.begin_report(chunk.map_or(0, <[u8]>::len));
        let mut out = Vec::new();
        if let Some(chunk) = chunk {
            self.write_inner(chunk, &mut out);
        }
        if self.enc == Encoding::Utf16le && self.buffered % 2 == 1 {
            self.buffered -= 1;
            self.missing = self.missing.saturating_sub(1);
        }
        if self.buffered > 0 {
            let flushed = self.buf[..self.buffered].to_vec();
            self.report.flushed = flushed.clone();
            self.decode_part(&flushed, &mut out);
        }
        self.buffered = 0;
        self.missing = 0;
        self.reason = None;
        self.finish_report(&out);
        out
    }

    /// `decoder.text(chunk, offset)`: forgets what is held and writes `chunk[offset..]`.
    pub fn text(&mut self, chunk: &[u8], offset: usize) -> Vec<u16> {
        self.buffered = 0;
        self.missing = 0;
        self.reason = None;
        self.write(chunk.get(offset..).unwrap_or(&[]))
    }
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

    fn s(units: Vec<u16>) -> String {
        String::from_utf16(&units).unwrap()
    }

    #[test]
    fn utf8_holds_an_emoji_split_across_chunks() {
        let mut d = StringDecoder::new(Encoding::Utf8);
        assert_eq!(s(d.write(&hex("41f09f"))), "A");
        assert_eq!(d.held_bytes(), &[0xf0, 0x9f]);
        assert_eq!(d.needed(), 2);
        assert_eq!(
            d.hold_reason(),
            Some(HoldReason::Utf8Incomplete { expected: 4 })
        );
        assert_eq!(s(d.write(&hex("98"))), "");
        assert_eq!(d.needed(), 1);
        assert_eq!(s(d.write(&hex("8042"))), "😀B");
        assert_eq!(d.last_report().completed, hex("f09f9880"));
        assert!(d.held_bytes().is_empty());
        assert_eq!(s(d.end(None)), "");
    }

    #[test]
    fn utf8_cut_short_by_a_non_continuation_byte() {
        let mut d = StringDecoder::new(Encoding::Utf8);
        assert_eq!(s(d.write(&hex("f1"))), "");
        assert_eq!(s(d.write(&hex("41f2"))), "\u{fffd}A");
        assert_eq!(
            d.last_report().replacements,
            vec![Replacement {
                output_index: 0,
                bytes: vec![0xf1]
            }]
        );
        assert_eq!(s(d.end(None)), "\u{fffd}");
        assert_eq!(d.last_report().flushed, vec![0xf2]);
        let mut d = StringDecoder::new(Encoding::Utf8);
        assert_eq!(s(d.write(&hex("f69b"))), "");
        assert_eq!(s(d.write(&hex("d1"))), "\u{fffd}\u{fffd}");
        assert_eq!(s(d.end(None)), "\u{fffd}");
    }

    #[test]
    fn utf8_last_char_keeps_stale_bytes_like_node() {
        let mut d = StringDecoder::new(Encoding::Utf8);
        d.write(&[0xe2]);
        assert_eq!(
            (d.needed(), d.last_total(), d.last_char()),
            (2, 3, [0xe2, 0, 0, 0])
        );
        d.write(&[0x82]);
        assert_eq!(
            (d.needed(), d.last_total(), d.last_char()),
            (1, 3, [0xe2, 0x82, 0, 0])
        );
        assert_eq!(s(d.end(None)), "\u{fffd}");
        assert_eq!(
            (d.needed(), d.last_total(), d.last_char()),
            (0, 0, [0xe2, 0x82, 0, 0])
        );
    }

    #[test]
    fn utf16le_odd_bytes_and_surrogates() {
        let mut d = StringDecoder::new(Encoding::Utf16le);
        assert_eq!(d.write(&hex("3dd8")), vec![]);
        assert_eq!(d.hold_reason(), Some(HoldReason::Utf16HighSurrogate));
        assert_eq!(d.write(&hex("4d")), vec![]);
        assert_eq!(d.write(&hex("dc")), vec![0xD83D, 0xDC4D]);
        assert_eq!(d.end(None), vec![]);
        let mut d = StringDecoder::new(Encoding::Utf16le);
        assert_eq!(d.write(&hex("3dd84d")), vec![0xD83D]);
        assert_eq!(d.hold_reason(), Some(HoldReason::Utf16OddByte));
        assert_eq!(d.end(None), vec![]);
        let mut d = StringDecoder::new(Encoding::Utf16le);
        d.write(&hex("3dd8"));
        d.write(&hex("4d"));
        assert_eq!(d.end(None), vec![0xD83D]);
    }

    #[test]
    fn base64_remainders() {
        let mut d = StringDecoder::new(Encoding::Base64);
        assert_eq!(s(d.write(b"a")), "");
        assert_eq!(d.hold_reason(), Some(HoldReason::Base64Remainder));
        assert_eq!(s(d.write(b"bcd")), "YWJj");
        assert_eq!(s(d.end(None)), "ZA==");
        let mut d = StringDecoder::new(Encoding::Base64url);
        assert_eq!(s(d.end(Some(b"aa"))), "YWE");
    }

    #[test]
    fn pass_through_encodings_hold_nothing() {
        let mut d = StringDecoder::new(Encoding::Hex);
        assert_eq!(s(d.write(&[0xe2])), "e2");
        assert!(d.held_bytes().is_empty());
        let mut d = StringDecoder::new(Encoding::Latin1);
        assert_eq!(s(d.write(&[0xe9])), "é");
    }

    #[test]
    fn text_forgets_what_is_held() {
        let mut d = StringDecoder::new(Encoding::Utf8);
        d.write(&[0xe2]);
        assert_eq!(s(d.text(&[0x41], 2)), "");
        assert_eq!(s(d.text(b"xyz", 1)), "yz");
    }
}
