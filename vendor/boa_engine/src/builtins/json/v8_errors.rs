//! nodescope patch: the message V8 (Node v20) gives for invalid JSON text. Boa checks JSON with
//! serde_json, whose messages name lines and columns; programs that print `err.message` expect
//! V8's words and UTF-16 positions. This scanner follows V8's JSON parser far enough to find the
//! first error and name it the same way; it is only run on text already known to be invalid.

const MAX_CONTEXT: usize = 10;
const MIN_LENGTH_FOR_CONTEXT: usize = MAX_CONTEXT * 2 + 1;

/// Why parsing stopped: a specific V8 message at a position, or an unexpected token at a
/// position (the message then depends on the token and the source).
enum Failure {
    Specific(&'static str, usize),
    Token(usize),
    EndOfInput,
}

struct Scanner<'a> {
    text: &'a [u16],
    pos: usize,
}

fn is_whitespace(c: u16) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D)
}

fn is_digit(c: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&c)
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u16> {
        self.text.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while self.peek().is_some_and(is_whitespace) {
            self.pos += 1;
        }
    }

    /// An unexpected token at the cursor, or the end of the input.
    fn unexpected(&self) -> Failure {
        if self.pos >= self.text.len() {
            Failure::EndOfInput
        } else {
            Failure::Token(self.pos)
        }
    }

    /// A specific message, which V8 uses even at the end of the input.
    fn expected(&self, message: &'static str) -> Failure {
        Failure::Specific(message, self.pos)
    }

    fn value(&mut self) -> Result<(), Failure> {
        self.skip_whitespace();
        match self.peek().map(|c| c as u8 as char) {
            None => Err(Failure::EndOfInput),
            Some(_) if self.peek().is_some_and(|c| c > 0x7f) => Err(self.unexpected()),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => self.string(),
            Some('-' | '0'..='9') => self.number(),
            Some('t') => self.literal("true"),
            Some('f') => self.literal("false"),
            Some('n') => self.literal("null"),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Failure> {
        for expected in word.encode_utf16() {
            if self.peek() != Some(expected) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(())
    }

    fn object(&mut self) -> Result<(), Failure> {
        self.pos += 1;
        self.skip_whitespace();
        if self.peek() == Some(u16::from(b'}')) {
            self.pos += 1;
            return Ok(());
        }
        let mut first = true;
        loop {
            self.skip_whitespace();
            if self.peek() != Some(u16::from(b'"')) {
                return Err(self.expected(if first {
                    "Expected property name or '}' in JSON"
                } else {
                    "Expected double-quoted property name in JSON"
                }));
            }
            first = false;
            self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(u16::from(b':')) {
                return Err(self.expected("Expected ':' after property name in JSON"));
            }
            self.pos += 1;
            self.value()?;
            self.skip_whitespace();
            match self.peek() {
                Some(c) if c == u16::from(b',') => self.pos += 1,
                Some(c) if c == u16::from(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.expected("Expected ',' or '}' after property value in JSON")),
            }
        }
    }

    fn array(&mut self) -> Result<(), Failure> {
        self.pos += 1;
        self.skip_whitespace();
        if self.peek() == Some(u16::from(b']')) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            self.skip_whitespace();
            match self.peek() {
                Some(c) if c == u16::from(b',') => self.pos += 1,
                Some(c) if c == u16::from(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.expected("Expected ',' or ']' after array element in JSON")),
            }
        }
    }

    fn string(&mut self) -> Result<(), Failure> {
        self.pos += 1;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.expected("Unterminated string in JSON"));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(());
                }
                0x5C => {
                    self.pos += 1;
                    match self.peek().map(|c| c as u8 as char) {
                        None => return Err(self.expected("Unterminated string in JSON")),
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't')
                            if self.peek().is_some_and(|c| c < 0x80) =>
                        {
                            self.pos += 1;
                        }
                        Some('u') if self.peek().is_some_and(|c| c < 0x80) => {
                            self.pos += 1;
                            for _ in 0..4 {
                                let hex = self
                                    .peek()
                                    .is_some_and(|c| c < 0x80 && (c as u8).is_ascii_hexdigit());
                                if !hex {
                                    return Err(self.expected("Bad Unicode escape in JSON"));
                                }
                                self.pos += 1;
                            }
                        }
                        Some(_) => return Err(self.expected("Bad escaped character in JSON")),
                    }
                }
                c if c < 0x20 => {
                    return Err(self.expected("Bad control character in string literal in JSON"));
                }
                _ => self.pos += 1,
            }
        }
    }

    fn number(&mut self) -> Result<(), Failure> {
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
            if !self.peek().is_some_and(is_digit) {
                return Err(self.expected("No number after minus sign in JSON"));
            }
        }
        if self.peek() == Some(u16::from(b'0')) {
            self.pos += 1;
            if self.peek().is_some_and(is_digit) {
                return Err(Failure::Token(self.pos));
            }
        } else {
            while self.peek().is_some_and(is_digit) {
                self.pos += 1;
            }
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if !self.peek().is_some_and(is_digit) {
                return Err(self.expected("Unterminated fractional number in JSON"));
            }
            while self.peek().is_some_and(is_digit) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(c) if c == u16::from(b'e') || c == u16::from(b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(c) if c == u16::from(b'+') || c == u16::from(b'-')) {
                self.pos += 1;
            }
            if !self.peek().is_some_and(is_digit) {
                return Err(self.expected("Exponent part is missing a number in JSON"));
            }
            while self.peek().is_some_and(is_digit) {
                self.pos += 1;
            }
        }
        Ok(())
    }
}

/// V8's message for `JSON.parse(text)` when `text` is not valid JSON; `None` if it is valid.
pub(crate) fn message(text: &str) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut scanner = Scanner {
        text: &units,
        pos: 0,
    };
    let failure = match scanner.value() {
        Ok(()) => {
            scanner.skip_whitespace();
            if scanner.pos == units.len() {
                return None;
            }
            Failure::Specific("Unexpected non-whitespace character after JSON", scanner.pos)
        }
        Err(failure) => failure,
    };
    Some(match failure {
        Failure::EndOfInput => "Unexpected end of JSON input".to_string(),
        Failure::Specific(message, pos) => format!("{message} at position {pos}"),
        Failure::Token(pos) => token_message(text, &units, pos),
    })
}

fn token_message(text: &str, units: &[u16], pos: usize) -> String {
    let token = units[pos];
    if is_digit(token) || token == u16::from(b'-') {
        return format!("Unexpected number in JSON at position {pos}");
    }
    if token == u16::from(b'"') {
        return format!("Unexpected string in JSON at position {pos}");
    }
    if matches!(text, "NaN" | "Infinity" | "undefined" | "[object Object]") {
        return format!("\"{text}\" is not valid JSON");
    }
    let token = String::from_utf16_lossy(&[token]);
    let length = units.len();
    if length <= MIN_LENGTH_FOR_CONTEXT {
        return format!("Unexpected token '{token}', \"{text}\" is not valid JSON");
    }
    let slice = |start: usize, end: usize| String::from_utf16_lossy(&units[start..end.min(length)]);
    if pos < MAX_CONTEXT {
        format!(
            "Unexpected token '{token}', \"{}\"... is not valid JSON",
            slice(0, pos + MAX_CONTEXT)
        )
    } else if pos < length - MAX_CONTEXT {
        format!(
            "Unexpected token '{token}', ...\"{}\"... is not valid JSON",
            slice(pos - MAX_CONTEXT, pos + MAX_CONTEXT)
        )
    } else {
        format!(
            "Unexpected token '{token}', ...\"{}\" is not valid JSON",
            slice(pos - MAX_CONTEXT, length)
        )
    }
}
