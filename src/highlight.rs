//! A small JavaScript tokenizer for syntax highlighting. It only has to colour what learners
//! write (keywords, strings, templates, comments, numbers, Node's globals); it never rejects
//! input, and every character of the source ends up in exactly one token.

/// What a token is, as the stylesheet colours it (`tok-<kind>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Keyword,
    /// Node's and JavaScript's well-known globals (`setTimeout`, `process`, `Promise`, …).
    Builtin,
    Ident,
    String,
    Number,
    Comment,
    Punct,
    Space,
}

impl TokenKind {
    pub fn class(self) -> &'static str {
        match self {
            TokenKind::Keyword => "tok-keyword",
            TokenKind::Builtin => "tok-builtin",
            TokenKind::Ident => "tok-ident",
            TokenKind::String => "tok-string",
            TokenKind::Number => "tok-number",
            TokenKind::Comment => "tok-comment",
            TokenKind::Punct => "tok-punct",
            TokenKind::Space => "tok-space",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub text: String,
}

const KEYWORDS: &[&str] = &[
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "let",
    "new",
    "null",
    "of",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

const BUILTINS: &[&str] = &[
    "Buffer",
    "Date",
    "Error",
    "JSON",
    "Math",
    "Promise",
    "__dirname",
    "__filename",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "console",
    "module",
    "performance",
    "process",
    "queueMicrotask",
    "require",
    "setImmediate",
    "setInterval",
    "setTimeout",
];

/// Splits a source into tokens covering it exactly.
pub fn tokenize(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            TokenKind::Space
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            TokenKind::Comment
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
            TokenKind::Comment
        } else if c == '"' || c == '\'' || c == '`' {
            i += 1;
            while i < chars.len() && chars[i] != c {
                // A plain string ends at a line break even when unterminated.
                if chars[i] == '\n' && c != '`' {
                    break;
                }
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            if i < chars.len() && chars[i] == c {
                i += 1;
            }
            i = i.min(chars.len());
            TokenKind::String
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            TokenKind::Number
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$')
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if KEYWORDS.contains(&word.as_str()) {
                TokenKind::Keyword
            } else if BUILTINS.contains(&word.as_str()) {
                TokenKind::Builtin
            } else {
                TokenKind::Ident
            }
        } else {
            i += 1;
            TokenKind::Punct
        };
        tokens.push(Token {
            kind,
            text: chars[start..i].iter().collect(),
        });
    }
    tokens
}

/// The tokens of each line (without the line breaks), so that views can mark a line. A
/// source with `n` line breaks has `n + 1` lines.
pub fn lines(source: &str) -> Vec<Vec<Token>> {
    let mut lines = vec![Vec::new()];
    for token in tokenize(source) {
        let mut parts = token.text.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                lines.last_mut().expect("never empty").push(Token {
                    kind: token.kind,
                    text: part.to_string(),
                });
            }
            if parts.peek().is_some() {
                lines.push(Vec::new());
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<(TokenKind, String)> {
        tokenize(source)
            .into_iter()
            .filter(|token| token.kind != TokenKind::Space)
            .map(|token| (token.kind, token.text))
            .collect()
    }

    #[test]
    fn tokens_cover_the_source_exactly() {
        let source = "const a = `x${1}\ny`; // hi\n/* a\n b */ 'unterminated\nlet ✓ = 1.5e3;";
        let joined: String = tokenize(source).into_iter().map(|t| t.text).collect();
        assert_eq!(joined, source);
    }

    #[test]
    fn recognises_keywords_builtins_strings_numbers_and_comments() {
        use TokenKind::*;
        assert_eq!(
            kinds("setTimeout(async () => { await x; }, 10); // later"),
            vec![
                (Builtin, "setTimeout".into()),
                (Punct, "(".into()),
                (Keyword, "async".into()),
                (Punct, "(".into()),
                (Punct, ")".into()),
                (Punct, "=".into()),
                (Punct, ">".into()),
                (Punct, "{".into()),
                (Keyword, "await".into()),
                (Ident, "x".into()),
                (Punct, ";".into()),
                (Punct, "}".into()),
                (Punct, ",".into()),
                (Number, "10".into()),
                (Punct, ")".into()),
                (Punct, ";".into()),
                (Comment, "// later".into()),
            ]
        );
        assert_eq!(kinds("'it\\'s'"), vec![(String, "'it\\'s'".into())]);
    }

    #[test]
    fn lines_split_multiline_tokens_and_keep_empty_lines() {
        let lines = lines("a\n\n/* x\ny */ b\n");
        assert_eq!(lines.len(), 5);
        assert!(lines[1].is_empty());
        assert_eq!(lines[2][0].kind, TokenKind::Comment);
        assert_eq!(lines[3][0].text, "y */");
        assert!(lines[4].is_empty());
    }
}
