//! `hex`: lowercase pairs out; in, pairs until the first one that is not two hex digits.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Two lowercase hex digits per byte.
pub fn encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 0xF)]);
    }
    out
}

fn nibble(unit: u16) -> Option<u8> {
    // Node reads a code unit above U+00FF by its low 8 bits.
    let c = (unit & 0xFF) as u8;
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Decodes pairs of hex digits, stopping at the first invalid pair; an odd trailing digit is
/// ignored.
pub fn decode(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() / 2);
    for pair in units.chunks_exact(2) {
        match (nibble(pair[0]), nibble(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn node_examples() {
        assert_eq!(encode(&[0x00, 0xab, 0xff]), b"00abff");
        assert_eq!(decode(&units("abc")), vec![0xab]);
        assert_eq!(decode(&units("abzcd")), vec![0xab]);
        assert_eq!(decode(&units("ABcd")), vec![0xab, 0xcd]);
        assert_eq!(decode(&units("zz12")), Vec::<u8>::new());
        assert_eq!(decode(&units("\u{141}\u{141}")), vec![0xaa]);
    }
}
