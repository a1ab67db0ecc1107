//! Differential test against real node: random cases recorded by
//! scripts/record-decoder-fixture.js into tests/fixtures/string_decoder/differential.json.

mod common;

use common::{fixture, hex, show, unhex, Json};
use nodescope_encoding::{
    byte_length_utf16, decode_utf16, encode_utf16, encode_utf16_into, Encoding, StringDecoder,
};

fn encoding(v: &Json) -> Encoding {
    let name = v.string();
    Encoding::parse(&name).unwrap_or_else(|| panic!("unknown encoding {name}"))
}

#[test]
fn string_decoder_matches_node_on_random_cases() {
    let v = fixture("differential.json");
    let cases = v.get("decoder").arr();
    assert!(cases.len() >= 10_000, "{}", cases.len());
    let mut failures = Vec::new();
    for (n, case) in cases.iter().enumerate() {
        let c = case.arr();
        let enc = encoding(&c[0]);
        let bytes = unhex(&c[1].string());
        let splits: Vec<usize> = c[2].arr().iter().map(Json::usize).collect();
        let end_with_chunk = c[3].bool();
        let writes = c[4].arr();
        let mut bounds = vec![0];
        bounds.extend(&splits);
        bounds.push(bytes.len());
        let mut chunks: Vec<&[u8]> = bounds.windows(2).map(|w| &bytes[w[0]..w[1]]).collect();
        let last = if end_with_chunk { chunks.pop() } else { None };
        assert_eq!(chunks.len(), writes.len());
        let mut d = StringDecoder::new(enc);
        let mut problem = None;
        for (i, (chunk, want)) in chunks.iter().zip(writes).enumerate() {
            let want = want.arr();
            let got = d.write(chunk);
            let state = (d.needed(), d.last_total(), hex(&d.last_char()));
            let expected = (want[1].usize(), want[2].usize(), want[3].string());
            if got != want[0].units() || state != expected {
                problem.get_or_insert(format!(
                    "write #{i}: got {:?} {state:?}, node {:?} {expected:?}",
                    show(&got),
                    show(want[0].units())
                ));
            }
        }
        let got = d.end(last);
        let after = c[6].arr();
        let state = (d.needed(), d.last_total(), hex(&d.last_char()));
        let expected = (after[0].usize(), after[1].usize(), after[2].string());
        if got != c[5].units() || state != expected {
            problem.get_or_insert(format!(
                "end: got {:?} {state:?}, node {:?} {expected:?}",
                show(&got),
                show(c[5].units())
            ));
        }
        let whole = decode_utf16(&bytes, enc);
        if whole != c[7].units() {
            problem.get_or_insert(format!(
                "toString: got {:?}, node {:?}",
                show(&whole),
                show(c[7].units())
            ));
        }
        if let Some(p) = problem {
            failures.push(format!(
                "case {n} ({enc}, {}, splits {splits:?}): {p}",
                hex(&bytes)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn encode_and_byte_length_match_node() {
    let v = fixture("differential.json");
    let cases = v.get("encode").arr();
    assert!(cases.len() >= 1000);
    let mut failures = Vec::new();
    for case in cases {
        let c = case.arr();
        let enc = encoding(&c[0]);
        let s = c[1].units();
        let got = hex(&encode_utf16(s, enc));
        let len = byte_length_utf16(s, enc);
        if got != c[2].string() || len != c[3].usize() {
            failures.push(format!(
                "{enc} {:?}: got {got} ({len}), node {} ({})",
                show(s),
                c[2].string(),
                c[3].usize()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn limited_writes_match_node() {
    let v = fixture("differential.json");
    let cases = v.get("write").arr();
    assert!(cases.len() >= 500);
    let mut failures = Vec::new();
    for case in cases {
        let c = case.arr();
        let enc = encoding(&c[0]);
        let s = c[1].units();
        let got = hex(&encode_utf16_into(s, enc, c[2].usize()));
        if got != c[3].string() {
            failures.push(format!(
                "{enc} {:?} max {}: got {got}, node {}",
                show(s),
                c[2].usize(),
                c[3].string()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
