//! Byte/string codecs with Node.js v20's exact semantics, and Node's `StringDecoder`.
//!
//! JavaScript strings are sequences of UTF-16 code units that may contain lone surrogates, so
//! the primary API works on `u16` slices ([`decode_utf16`], [`encode_utf16`],
//! [`byte_length_utf16`]); the `String`/`&str` variants ([`decode`], [`encode`]) are
//! conveniences for Rust callers (a lone surrogate can only come out of `utf16le` decoding and
//! becomes U+FFFD in a Rust `String`).
//!
//! What each encoding does (checked against node v20.20.2):
//!
//! | encoding  | bytes → string                                   | string → bytes                          |
//! |-----------|--------------------------------------------------|-----------------------------------------|
//! | utf8      | one U+FFFD per maximal subpart of an invalid sequence (WHATWG, as V8) | lone surrogate → `EF BF BD` |
//! | utf16le   | little-endian units, odd trailing byte dropped   | each unit little-endian                 |
//! | latin1    | byte → U+0000..U+00FF                            | low 8 bits of each unit                 |
//! | ascii     | byte with the high bit cleared                   | low 8 bits of each unit (as latin1)     |
//! | base64    | padded standard alphabet                         | lenient: both alphabets, junk skipped, stops at `=` |
//! | base64url | unpadded URL alphabet                            | same lenient decoder as base64          |
//! | hex       | lowercase pairs                                  | stops at the first invalid pair, odd nibble dropped |
//!
//! For base64 and hex input strings, a code unit above U+00FF is read by its low 8 bits, as
//! Node does (`"\u0141"` counts as `"A"`).

mod base64;
mod decoder;
mod hex;
mod latin1;
mod utf16;
mod utf8;

pub use decoder::{HoldReason, Replacement, StringDecoder, WriteReport};
pub use utf8::{utf8_replacements, Utf8Replacement};

/// One of Node's buffer encodings (aliases collapse onto their canonical member).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// `utf8`, `utf-8`.
    Utf8,
    /// `utf16le`, `utf-16le`, `ucs2`, `ucs-2`.
    Utf16le,
    /// `latin1`, `binary`.
    Latin1,
    /// `ascii`.
    Ascii,
    /// `base64`.
    Base64,
    /// `base64url`.
    Base64url,
    /// `hex`.
    Hex,
}

impl Encoding {
    /// Every encoding, in a stable order.
    pub const ALL: [Encoding; 7] = [
        Encoding::Utf8,
        Encoding::Utf16le,
        Encoding::Latin1,
        Encoding::Ascii,
        Encoding::Base64,
        Encoding::Base64url,
        Encoding::Hex,
    ];

    /// Parses one of Node's encoding names, ignoring ASCII case: `utf8`, `utf-8`, `ucs2`,
    /// `ucs-2`, `utf16le`, `utf-16le`, `latin1`, `binary`, `ascii`, `base64`, `base64url`,
    /// `hex`. Anything else (including the empty string) is `None`, as `Buffer.isEncoding`.
    pub fn parse(name: &str) -> Option<Encoding> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "utf8" | "utf-8" => Encoding::Utf8,
            "ucs2" | "ucs-2" | "utf16le" | "utf-16le" => Encoding::Utf16le,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64url,
            "hex" => Encoding::Hex,
            _ => return None,
        })
    }

    /// The canonical name Node normalizes to (`StringDecoder#encoding`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf16le => "utf16le",
            Encoding::Latin1 => "latin1",
            Encoding::Ascii => "ascii",
            Encoding::Base64 => "base64",
            Encoding::Base64url => "base64url",
            Encoding::Hex => "hex",
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Decodes bytes into UTF-16 code units, as `buf.toString(enc)` does.
pub fn decode_utf16(bytes: &[u8], enc: Encoding) -> Vec<u16> {
    match enc {
        Encoding::Utf8 => utf8::decode(bytes),
        Encoding::Utf16le => utf16::decode(bytes),
        Encoding::Latin1 => latin1::decode_latin1(bytes),
        Encoding::Ascii => latin1::decode_ascii(bytes),
        Encoding::Base64 => ascii_units(base64::encode(bytes, base64::Alphabet::Standard)),
        Encoding::Base64url => ascii_units(base64::encode(bytes, base64::Alphabet::Url)),
        Encoding::Hex => ascii_units(hex::encode(bytes)),
    }
}

/// Decodes bytes into a Rust `String`, as `buf.toString(enc)` does. Lone surrogates (only
/// possible with `utf16le`) become U+FFFD; use [`decode_utf16`] to keep them.
pub fn decode(bytes: &[u8], enc: Encoding) -> String {
    String::from_utf16_lossy(&decode_utf16(bytes, enc))
}

/// Encodes UTF-16 code units into bytes, as `Buffer.from(string, enc)` does.
pub fn encode_utf16(units: &[u16], enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8::encode(units),
        Encoding::Utf16le => utf16::encode(units),
        Encoding::Latin1 | Encoding::Ascii => latin1::encode(units),
        Encoding::Base64 | Encoding::Base64url => base64::decode(units),
        Encoding::Hex => hex::decode(units),
    }
}

/// Encodes a Rust string into bytes, as `Buffer.from(string, enc)` does.
pub fn encode(s: &str, enc: Encoding) -> Vec<u8> {
    let units: Vec<u16> = s.encode_utf16().collect();
    encode_utf16(&units, enc)
}

/// `Buffer.byteLength(string, enc)`: exact for utf8/utf16le/latin1/ascii/hex; for base64 and
/// base64url it is Node's estimate from the length (trailing `=` discounted), which can exceed
/// what decoding really yields when the string contains whitespace or junk.
pub fn byte_length_utf16(units: &[u16], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => utf8::encoded_len(units),
        Encoding::Utf16le => units.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => units.len(),
        Encoding::Hex => units.len() / 2,
        Encoding::Base64 | Encoding::Base64url => base64::estimated_len(units),
    }
}

/// [`byte_length_utf16`] for a Rust string.
pub fn byte_length(s: &str, enc: Encoding) -> usize {
    let units: Vec<u16> = s.encode_utf16().collect();
    byte_length_utf16(&units, enc)
}

/// The longest prefix of `units` whose `enc` encoding fits in `max` bytes, encoded — what
/// `buf.write(string, offset, length, enc)` stores: a UTF-8 or UTF-16 character is never cut
/// in half; base64/hex/latin1 output is simply truncated.
pub fn encode_utf16_into(units: &[u16], enc: Encoding, max: usize) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8::encode_limited(units, max),
        Encoding::Utf16le => {
            let n = (max / 2).min(units.len());
            utf16::encode(&units[..n])
        }
        Encoding::Latin1 | Encoding::Ascii => latin1::encode(&units[..max.min(units.len())]),
        Encoding::Base64 | Encoding::Base64url | Encoding::Hex => {
            let mut out = encode_utf16(units, enc);
            out.truncate(max);
            out
        }
    }
}

fn ascii_units(s: Vec<u8>) -> Vec<u16> {
    s.into_iter().map(u16::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_node_names_case_insensitively() {
        assert_eq!(Encoding::parse("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::parse("Ucs2"), Some(Encoding::Utf16le));
        assert_eq!(Encoding::parse("ucs-2"), Some(Encoding::Utf16le));
        assert_eq!(Encoding::parse("utf-16LE"), Some(Encoding::Utf16le));
        assert_eq!(Encoding::parse("BINARY"), Some(Encoding::Latin1));
        assert_eq!(Encoding::parse("base64URL"), Some(Encoding::Base64url));
        assert_eq!(Encoding::parse("Hex"), Some(Encoding::Hex));
        assert_eq!(Encoding::parse(""), None);
        assert_eq!(Encoding::parse("utf16-le"), None);
        assert_eq!(Encoding::parse("utf-16"), None);
        for e in Encoding::ALL {
            assert_eq!(Encoding::parse(e.name()), Some(e));
        }
    }

    #[test]
    fn round_trips_and_node_examples() {
        assert_eq!(
            decode(&[0xe9, 0x41, 0xff, 0x80], Encoding::Ascii),
            "iA\u{7f}\u{0}"
        );
        assert_eq!(encode("é\u{100}", Encoding::Ascii), vec![0xe9, 0x00]);
        assert_eq!(encode("YQ==YQ==", Encoding::Base64), b"a");
        assert_eq!(
            encode("Y Q\nY-_=x", Encoding::Base64),
            vec![0x61, 0x06, 0x3e]
        );
        assert_eq!(encode("abzcd", Encoding::Hex), vec![0xab]);
        assert_eq!(decode(&[0xff, 0xfe, 0xfd], Encoding::Base64url), "__79");
        assert_eq!(decode(&[0xff, 0xfe, 0xfd, 1], Encoding::Base64), "//79AQ==");
        assert_eq!(byte_length("YQ==", Encoding::Base64), 1);
        assert_eq!(byte_length("\u{1F600}x", Encoding::Utf8), 5);
        let lone = [0xD83Du16];
        assert_eq!(encode_utf16(&lone, Encoding::Utf8), vec![0xef, 0xbf, 0xbd]);
        assert_eq!(encode_utf16(&lone, Encoding::Utf16le), vec![0x3d, 0xd8]);
        assert_eq!(byte_length_utf16(&lone, Encoding::Utf8), 3);
        assert_eq!(decode_utf16(&[0x3d, 0xd8], Encoding::Utf16le), vec![0xD83D]);
        assert_eq!(decode(&[0x3d, 0xd8], Encoding::Utf16le), "\u{FFFD}");
    }

    #[test]
    fn limited_writes_never_split_characters() {
        let units: Vec<u16> = "a€😀".encode_utf16().collect();
        assert_eq!(encode_utf16_into(&units, Encoding::Utf8, 3), b"a");
        assert_eq!(
            encode_utf16_into(&units, Encoding::Utf8, 4),
            "a€".as_bytes()
        );
        assert_eq!(
            encode_utf16_into(&units, Encoding::Utf8, 7),
            "a€".as_bytes()
        );
        assert_eq!(
            encode_utf16_into(&units, Encoding::Utf8, 8),
            "a€😀".as_bytes()
        );
        assert_eq!(
            encode_utf16_into(&units, Encoding::Utf16le, 3),
            vec![0x61, 0]
        );
        assert_eq!(
            encode_utf16_into(&units, Encoding::Latin1, 2),
            vec![0x61, 0xac]
        );
    }
}
