//! Shared helpers for the fixture tests: a small JSON reader whose strings are UTF-16 code
//! units (so lone surrogates written as `\udxxx` survive), and hex helpers.

#![allow(dead_code)]

use std::path::PathBuf;

/// A parsed JSON value; strings are kept as UTF-16 code units.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u16>),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .unwrap_or_else(|| panic!("missing key {key}")),
            _ => panic!("not an object: {self:?}"),
        }
    }
    pub fn opt(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            _ => panic!("not an array: {self:?}"),
        }
    }
    pub fn units(&self) -> &[u16] {
        match self {
            Json::Str(units) => units,
            _ => panic!("not a string: {self:?}"),
        }
    }
    pub fn string(&self) -> String {
        String::from_utf16(self.units()).expect("well-formed string")
    }
    pub fn num(&self) -> f64 {
        match self {
            Json::Num(n) => *n,
            _ => panic!("not a number: {self:?}"),
        }
    }
    pub fn usize(&self) -> usize {
        self.num() as usize
    }
    pub fn bool(&self) -> bool {
        match self {
            Json::Bool(b) => *b,
            _ => panic!("not a bool: {self:?}"),
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\n' | '\r' | '\t')) {
            self.chars.next();
        }
    }
    fn expect(&mut self, c: char) {
        self.ws();
        assert_eq!(self.chars.next(), Some(c), "JSON: expected {c:?}");
    }
    fn value(&mut self) -> Json {
        self.ws();
        match *self.chars.peek().expect("JSON: unexpected end") {
            '{' => {
                self.chars.next();
                let mut fields = Vec::new();
                self.ws();
                if self.chars.peek() == Some(&'}') {
                    self.chars.next();
                    return Json::Obj(fields);
                }
                loop {
                    self.ws();
                    let key = String::from_utf16(&self.string()).unwrap();
                    self.expect(':');
                    fields.push((key, self.value()));
                    self.ws();
                    match self.chars.next() {
                        Some(',') => continue,
                        Some('}') => return Json::Obj(fields),
                        c => panic!("JSON: unexpected {c:?} in object"),
                    }
                }
            }
            '[' => {
                self.chars.next();
                let mut items = Vec::new();
                self.ws();
                if self.chars.peek() == Some(&']') {
                    self.chars.next();
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.ws();
                    match self.chars.next() {
                        Some(',') => continue,
                        Some(']') => return Json::Arr(items),
                        c => panic!("JSON: unexpected {c:?} in array"),
                    }
                }
            }
            '"' => Json::Str(self.string()),
            't' => self.word("true", Json::Bool(true)),
            'f' => self.word("false", Json::Bool(false)),
            'n' => self.word("null", Json::Null),
            _ => {
                let mut s = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E') {
                        s.push(c);
                        self.chars.next();
                    } else {
                        break;
                    }
                }
                Json::Num(
                    s.parse()
                        .unwrap_or_else(|_| panic!("JSON: bad number {s:?}")),
                )
            }
        }
    }
    fn word(&mut self, w: &str, v: Json) -> Json {
        for expected in w.chars() {
            assert_eq!(self.chars.next(), Some(expected));
        }
        v
    }
    fn string(&mut self) -> Vec<u16> {
        assert_eq!(self.chars.next(), Some('"'));
        let mut out = Vec::new();
        loop {
            match self.chars.next().expect("JSON: unterminated string") {
                '"' => return out,
                '\\' => match self.chars.next().unwrap() {
                    'u' => {
                        let h: String = (0..4).map(|_| self.chars.next().unwrap()).collect();
                        out.push(u16::from_str_radix(&h, 16).unwrap());
                    }
                    'n' => out.push(0x0A),
                    't' => out.push(0x09),
                    'r' => out.push(0x0D),
                    'b' => out.push(0x08),
                    'f' => out.push(0x0C),
                    c => out.push(c as u16),
                },
                c => {
                    let mut buf = [0u16; 2];
                    out.extend_from_slice(c.encode_utf16(&mut buf));
                }
            }
        }
    }
}

/// Parses a JSON document.
pub fn parse(text: &str) -> Json {
    let mut p = Parser {
        chars: text.chars().peekable(),
    };
    let v = p.value();
    p.ws();
    assert!(p.chars.next().is_none(), "JSON: trailing characters");
    v
}

/// Reads and parses `tests/fixtures/string_decoder/<name>` from the repository root.
pub fn fixture(name: &str) -> Json {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/string_decoder")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    parse(&text)
}

/// Lowercase or uppercase hex to bytes.
pub fn unhex(s: &str) -> Vec<u8> {
    assert!(s.len().is_multiple_of(2), "odd hex {s:?}");
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// Bytes to lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// UTF-16 code units shown with escapes for anything outside printable ASCII.
pub fn show(units: &[u16]) -> String {
    units
        .iter()
        .map(|&u| {
            if (0x20..0x7f).contains(&u) {
                (u as u8 as char).to_string()
            } else {
                format!("\\u{u:04x}")
            }
        })
        .collect()
}

#[test]
fn json_reader_keeps_lone_surrogates() {
    let v = parse(r#"{"a": ["\ud83d", "é😀", 1.5, true, null, []]}"#);
    let a = v.get("a").arr();
    assert_eq!(a[0].units(), &[0xD83D]);
    assert_eq!(a[1].units(), &[0xE9, 0xD83D, 0xDE00]);
    assert_eq!(a[2].num(), 1.5);
    assert!(a[3].bool());
    assert!(a[4].is_null());
}
