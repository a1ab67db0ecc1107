//! Node's own StringDecoder vectors (test-string-decoder.js, test-string-decoder-end.js),
//! extracted as data into tests/fixtures/string_decoder/node_vectors.json.

mod common;

use common::{fixture, show, unhex, Json};
use nodescope_encoding::{Encoding, StringDecoder};

fn encoding(v: &Json) -> Encoding {
    let name = v.string();
    Encoding::parse(&name).unwrap_or_else(|| panic!("unknown encoding {name}"))
}

/// Every way to cut `len` bytes into consecutive non-empty chunks, as Node's
/// `writeSequences()` enumerates them.
fn all_splits(len: usize) -> Vec<Vec<(usize, usize)>> {
    if len == 0 {
        return vec![vec![]];
    }
    (0u32..1 << (len - 1))
        .map(|mask| {
            let mut chunks = Vec::new();
            let mut start = 0;
            for i in 1..len {
                if mask & (1 << (i - 1)) != 0 {
                    chunks.push((start, i));
                    start = i;
                }
            }
            chunks.push((start, len));
            chunks
        })
        .collect()
}

#[test]
fn all_splits_give_the_expected_string() {
    let v = fixture("node_vectors.json");
    let cases = v.get("all_splits").arr();
    assert!(cases.len() >= 19);
    let mut sequences = 0;
    for case in cases {
        let enc = encoding(case.get("encoding"));
        let input = unhex(&case.get("input").string());
        let expected = case.get("expected").units();
        for chunks in all_splits(input.len()) {
            let mut d = StringDecoder::new(enc);
            let mut out = Vec::new();
            for &(a, b) in &chunks {
                out.extend(d.write(&input[a..b]));
            }
            out.extend(d.end(None));
            assert_eq!(
                show(&out),
                show(expected),
                "{enc} input {} split {chunks:?}",
                common::hex(&input)
            );
            sequences += 1;
        }
    }
    assert!(sequences > 100, "{sequences}");
}

#[test]
fn scripted_sequences() {
    let v = fixture("node_vectors.json");
    for case in v.get("sequences").arr() {
        let enc = encoding(case.get("encoding"));
        let mut d = StringDecoder::new(enc);
        for step in case.get("steps").arr() {
            let op = step.get("op").string();
            let input = step.get("input");
            let got = match op.as_str() {
                "write" => d.write(&unhex(&input.string())),
                "end" if input.is_null() => d.end(None),
                "end" => d.end(Some(&unhex(&input.string()))),
                "text" => d.text(&unhex(&input.string()), step.get("offset").usize()),
                other => panic!("unknown op {other}"),
            };
            assert_eq!(
                show(&got),
                show(step.get("expect").units()),
                "{enc} {step:?}"
            );
            if let Some(need) = step.opt("lastNeed") {
                assert_eq!(d.needed(), need.usize());
                assert_eq!(d.last_total(), step.get("lastTotal").usize());
                assert_eq!(common::hex(&d.last_char()), step.get("lastChar").string());
            }
        }
    }
}

#[test]
fn one_byte_at_a_time_and_all_at_once_match_to_string() {
    let v = fixture("node_vectors.json");
    let cases = v.get("end_consistency").arr();
    assert_eq!(cases.len(), 6 * 18);
    for case in cases {
        let enc = encoding(case.get("encoding"));
        let input = unhex(&case.get("input").string());
        let expected = case.get("expected").units();
        assert_eq!(
            show(&nodescope_encoding::decode_utf16(&input, enc)),
            show(expected)
        );
        let mut d = StringDecoder::new(enc);
        let mut one = Vec::new();
        for b in &input {
            one.extend(d.write(std::slice::from_ref(b)));
        }
        one.extend(d.end(None));
        assert_eq!(show(&one), show(expected), "{enc} one byte at a time");
        let mut d = StringDecoder::new(enc);
        let mut all = d.write(&input);
        all.extend(d.end(None));
        assert_eq!(show(&all), show(expected), "{enc} all at once");
    }
}

#[test]
fn write_end_write_end() {
    let v = fixture("node_vectors.json");
    for case in v.get("test_end").arr() {
        let enc = encoding(case.get("encoding"));
        let mut d = StringDecoder::new(enc);
        let mut out = d.write(&unhex(&case.get("incomplete").string()));
        out.extend(d.end(None));
        out.extend(d.write(&unhex(&case.get("next").string())));
        out.extend(d.end(None));
        assert_eq!(
            show(&out),
            show(case.get("expected").units()),
            "{enc} {case:?}"
        );
    }
}
