//! `base64` and `base64url`: encoding with either alphabet, and Node's lenient decoder.

/// Which alphabet (and padding) to encode with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alphabet {
    /// `+` `/` and `=` padding.
    Standard,
    /// `-` `_` and no padding.
    Url,
}

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes bytes; `Standard` pads to a multiple of 4 with `=`, `Url` does not pad.
pub fn encode(bytes: &[u8], alphabet: Alphabet) -> Vec<u8> {
    let table = match alphabet {
        Alphabet::Standard => STANDARD,
        Alphabet::Url => URL,
    };
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let b = [
            group[0],
            *group.get(1).unwrap_or(&0),
            *group.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for (k, &s) in sextets.iter().enumerate() {
            if k <= group.len() {
                out.push(table[s as usize]);
            } else if alphabet == Alphabet::Standard {
                out.push(b'=');
            }
        }
    }
    out
}

/// The value of a base64 digit in either alphabet.
fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Node's lenient decoder: characters outside both alphabets (whitespace included) are
/// skipped, decoding stops at the first `=`, a final group of 2 or 3 digits yields 1 or 2
/// bytes and a lone final digit yields nothing. A code unit above U+00FF is read by its low
/// 8 bits, as Node does.
pub fn decode(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() / 4 * 3 + 2);
    let mut acc: u32 = 0;
    let mut count = 0;
    for &u in units {
        let c = (u & 0xFF) as u8;
        if c == b'=' {
            break;
        }
        let Some(v) = sextet(c) else { continue };
        acc = acc << 6 | u32::from(v);
        count += 1;
        match count {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                acc = 0;
                count = 0;
            }
            _ => {}
        }
    }
    out
}

/// `Buffer.byteLength(str, 'base64')`: up to two trailing `=` are discounted, then 3/4 of
/// the length, rounded down.
pub fn estimated_len(units: &[u16]) -> usize {
    let mut n = units.len();
    if n > 0 && units[n - 1] == u16::from(b'=') {
        n -= 1;
    }
    if n > 1 && units[n - 1] == u16::from(b'=') {
        n -= 1;
    }
    n * 3 / 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn encodes_with_and_without_padding() {
        assert_eq!(encode(b"a", Alphabet::Standard), b"YQ==");
        assert_eq!(encode(b"aa", Alphabet::Standard), b"YWE=");
        assert_eq!(encode(b"aaa", Alphabet::Standard), b"YWFh");
        assert_eq!(encode(b"a", Alphabet::Url), b"YQ");
        assert_eq!(encode(&[0xff, 0xfe, 0xfd], Alphabet::Url), b"__79");
        assert_eq!(encode(&[], Alphabet::Standard), b"");
    }

    #[test]
    fn lenient_decoding() {
        assert_eq!(decode(&units("YWJj")), b"abc");
        assert_eq!(decode(&units("YW Jj\n")), b"abc");
        assert_eq!(decode(&units("YWJ=j")), b"ab");
        assert_eq!(decode(&units("=YWJj")), b"");
        assert_eq!(decode(&units("YQ==YQ==")), b"a");
        assert_eq!(decode(&units("Y")), b"");
        assert_eq!(decode(&units("YWJjZA")), b"abcd");
        assert_eq!(decode(&units("Y Q\nY-_=x")), vec![0x61, 0x06, 0x3e]);
        assert_eq!(
            decode(&units("\u{141}\u{141}\u{141}\u{141}")),
            vec![0, 0, 0]
        );
        assert_eq!(decode(&units("YWJj\u{13d}YQ")), b"abc");
        assert_eq!(decode(&units("\u{100}YWJj")), b"abc");
    }

    #[test]
    fn estimates_like_buffer_byte_length() {
        assert_eq!(estimated_len(&units("YQ==")), 1);
        assert_eq!(estimated_len(&units("Y")), 0);
        assert_eq!(estimated_len(&units("YQ")), 1);
        assert_eq!(estimated_len(&units("YWE")), 2);
        assert_eq!(estimated_len(&units("YQ==YQ==")), 4);
        assert_eq!(estimated_len(&units("=")), 0);
        assert_eq!(estimated_len(&units("")), 0);
    }
}
