//! `latin1`/`binary` and `ascii`: one byte per code unit.

/// Each byte becomes U+0000..U+00FF.
pub fn decode_latin1(bytes: &[u8]) -> Vec<u16> {
    bytes.iter().map(|&b| u16::from(b)).collect()
}

/// Node v20 decodes `ascii` by clearing the high bit of every byte (0xE9 reads as `i`).
pub fn decode_ascii(bytes: &[u8]) -> Vec<u16> {
    bytes.iter().map(|&b| u16::from(b & 0x7F)).collect()
}

/// Both `latin1` and `ascii` store the low 8 bits of every code unit.
pub fn encode(units: &[u16]) -> Vec<u8> {
    units.iter().map(|&u| (u & 0xFF) as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_examples() {
        assert_eq!(
            decode_ascii(&[0xe9, 0x41, 0xff, 0x80]),
            vec![0x69, 0x41, 0x7f, 0]
        );
        assert_eq!(decode_latin1(&[0xe9]), vec![0xe9]);
        assert_eq!(encode(&[0xe9, 0x100, 0xD83D]), vec![0xe9, 0x00, 0x3d]);
    }
}
