//! UTF-16LE (`utf16le`/`ucs2`): code units stored little-endian, surrogates passed through.

/// Decodes little-endian code units; an odd trailing byte is dropped, as Node does.
pub fn decode(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|p| u16::from_le_bytes([p[0], p[1]]))
        .collect()
}

/// Encodes every code unit (lone surrogates included) little-endian.
pub fn encode(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_byte_dropped_and_surrogates_kept() {
        assert_eq!(decode(&[0x61, 0, 0x62]), vec![0x61]);
        assert_eq!(decode(&[0x3d, 0xd8, 0x4d, 0xdc]), vec![0xD83D, 0xDC4D]);
        assert_eq!(encode(&[0xDC4D, 0x61]), vec![0x4d, 0xdc, 0x61, 0]);
    }
}
