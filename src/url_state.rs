//! The URL is the state: parsing and writing the query string that a shared link, an embed or
//! a reload carries. Pure string logic with no DOM access, so it is tested natively.
//!
//! This is a public contract (bloggers embed these links), so parameters are only ever added,
//! never renamed. A malformed parameter never blanks the page: it is dropped, a notice says so,
//! and everything else loads.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use nodescope_engine::Race;

/// The labs of the playground, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lab {
    #[default]
    EventLoop,
    Streams,
    Bytes,
}

impl Lab {
    pub const ALL: [Lab; 3] = [Lab::EventLoop, Lab::Streams, Lab::Bytes];

    /// The value of `?lab=`.
    pub fn id(self) -> &'static str {
        match self {
            Lab::EventLoop => "event-loop",
            Lab::Streams => "streams",
            Lab::Bytes => "bytes",
        }
    }

    /// The name shown in the navigation and in the lab's heading.
    pub fn title(self) -> &'static str {
        match self {
            Lab::EventLoop => "Event loop",
            Lab::Streams => "Streams",
            Lab::Bytes => "Bytes",
        }
    }

    pub fn from_id(id: &str) -> Option<Lab> {
        Lab::ALL.into_iter().find(|lab| lab.id() == id)
    }
}

/// Labs that are announced but not built yet: shown disabled in the navigation.
pub const LABS_COMING_LATER: [(&str, &str); 2] = [("workers", "Workers"), ("context", "Context")];

/// A colour theme; `None` in [`UrlState::theme`] follows the reader's `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Contrast];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.id() == id)
    }
}

/// The starting step of a shared link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepParam {
    /// After this many events.
    At(usize),
    /// The last step, whatever the trace's length.
    End,
}

/// The panels of the event-loop lab that `panels=` can choose from, in screen order.
pub const PANEL_IDS: [&str; 9] = [
    "code",
    "stack",
    "loop",
    "queues",
    "timers",
    "pool",
    "console",
    "timeline",
    "narration",
];

/// Playback speeds in steps per second, slowest first.
pub const SPEEDS: [u32; 7] = [1, 2, 4, 8, 16, 32, 60];

/// The speed a lab opens with.
pub const DEFAULT_SPEED: u32 = 4;

/// The longest program a `code=` link may carry once decompressed.
pub const MAX_CODE_BYTES: usize = 256 * 1024;

/// Everything a link can say.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UrlState {
    pub lab: Lab,
    pub preset: Option<String>,
    /// The user's own program; when set it wins over `preset`.
    pub code: Option<String>,
    /// The event-loop lab's parameter for the setTimeout(0)/setImmediate race.
    pub race: Option<Race>,
    pub step: Option<StepParam>,
    pub speed: Option<u32>,
    pub autoplay: bool,
    pub theme: Option<Theme>,
    /// Large type for projectors.
    pub large: bool,
    /// The panels to show; `None` shows all of them.
    pub panels: Option<Vec<String>>,
    pub embed: bool,
    /// The bytes lab's text (`\xNN` for a raw byte); when set it wins over `preset`.
    pub text: Option<String>,
    /// The bytes lab's chunk boundaries, as byte offsets; `Some(vec![])` is one chunk.
    pub cuts: Option<Vec<usize>>,
    /// The bytes lab's encoding, one of [`ENCODING_IDS`].
    pub encoding: Option<String>,
    /// The streams lab's sliders that differ from the scenario's defaults, e.g.
    /// `file=64,heap=16` (the lab checks each value).
    pub knobs: Option<String>,
}

/// The encodings the bytes lab's `enc=` can name.
pub const ENCODING_IDS: [&str; 5] = ["utf8", "utf16le", "latin1", "base64", "hex"];

/// The longest text a `text=` link may carry, in characters.
pub const MAX_TEXT_CHARS: usize = 256;

/// The outcome of parsing a query: the state, and one sentence per ignored parameter.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parsed {
    pub state: UrlState,
    pub notices: Vec<String>,
}

/// Parses a query string (with or without its leading `?`).
pub fn parse(query: &str) -> Parsed {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        let mut ignore = |why: &str| {
            notices.push(format!("Ignored {key}={}: {why}.", shorten(&value)));
        };
        match key.as_str() {
            "lab" => match Lab::from_id(&value) {
                Some(lab) => state.lab = lab,
                None if LABS_COMING_LATER.iter().any(|(id, _)| *id == value) => {
                    ignore("that lab is coming later; showing the Event loop lab")
                }
                None => ignore("there is no such lab; showing the Event loop lab"),
            },
            "preset" => {
                if !value.is_empty()
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    state.preset = Some(value.clone());
                } else {
                    ignore("not a preset id")
                }
            }
            "code" => match decode_code(raw_value) {
                Ok(code) => state.code = Some(code),
                Err(why) => ignore(why),
            },
            "race" => match value.as_str() {
                "immediate-first" => state.race = Some(Race::ImmediateFirst),
                "timeout-first" => state.race = Some(Race::TimeoutFirst),
                _ => ignore("expected immediate-first or timeout-first"),
            },
            "step" => {
                if value == "end" {
                    state.step = Some(StepParam::End);
                } else {
                    match value.parse::<usize>() {
                        Ok(step) => state.step = Some(StepParam::At(step)),
                        Err(_) => ignore("expected a step number or end"),
                    }
                }
            }
            "speed" => match value.parse::<u32>() {
                Ok(speed) if SPEEDS.contains(&speed) => state.speed = Some(speed),
                _ => ignore(&format!("expected one of {}", list(&SPEEDS))),
            },
            "autoplay" => match parse_flag(&value) {
                Some(flag) => state.autoplay = flag,
                None => ignore("expected 1 or 0"),
            },
            "theme" => match Theme::from_id(&value) {
                Some(theme) => state.theme = Some(theme),
                None => ignore("expected light, dark or contrast"),
            },
            "large" => match parse_flag(&value) {
                Some(flag) => state.large = flag,
                None => ignore("expected 1 or 0"),
            },
            "panels" => {
                let mut panels = Vec::new();
                let mut unknown = Vec::new();
                for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                    if PANEL_IDS.contains(&id) {
                        if !panels.iter().any(|panel| panel == id) {
                            panels.push(id.to_string());
                        }
                    } else {
                        unknown.push(id.to_string());
                    }
                }
                if !unknown.is_empty() {
                    notices.push(format!(
                        "Ignored unknown panels {} (known: {}).",
                        shorten(&unknown.join(",")),
                        PANEL_IDS.join(", ")
                    ));
                }
                if panels.is_empty() {
                    if unknown.is_empty() {
                        notices.push("Ignored an empty panels list: showing every panel.".into());
                    }
                } else {
                    state.panels = Some(panels);
                }
            }
            "embed" => match parse_flag(&value) {
                Some(flag) => state.embed = flag,
                None => ignore("expected 1 or 0"),
            },
            "text" => {
                if value.chars().count() <= MAX_TEXT_CHARS {
                    state.text = Some(value.clone());
                } else {
                    ignore(&format!("longer than {MAX_TEXT_CHARS} characters"))
                }
            }
            "cuts" => {
                let parsed: Result<Vec<usize>, _> = value
                    .split(',')
                    .map(str::trim)
                    .filter(|cut| !cut.is_empty())
                    .map(str::parse::<usize>)
                    .collect();
                match parsed {
                    Ok(cuts) => state.cuts = Some(cuts),
                    Err(_) => ignore("expected byte offsets separated by commas"),
                }
            }
            "enc" => {
                let lower = value.to_ascii_lowercase();
                if ENCODING_IDS.contains(&lower.as_str()) {
                    state.encoding = Some(lower);
                } else {
                    ignore(&format!("expected one of {}", ENCODING_IDS.join(", ")))
                }
            }
            "knobs" => {
                if value.len() <= 200
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '=' || c == ',')
                {
                    state.knobs = Some(value.clone());
                } else {
                    ignore("expected slider=value pairs separated by commas")
                }
            }
            // Parameters of other sites (analytics, slide tools) are not ours to judge.
            _ => {}
        }
    }
    Parsed { state, notices }
}

/// Writes the query string for a state, with a leading `?`. Parameters at their defaults are
/// left out so that links stay short.
pub fn to_query(state: &UrlState) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("lab", state.lab.id().to_string())];
    if let Some(code) = &state.code {
        pairs.push(("code", encode_code(code)));
    } else if let Some(text) = &state.text {
        pairs.push(("text", percent_encode(text)));
    } else if let Some(preset) = &state.preset {
        pairs.push(("preset", percent_encode(preset)));
    }
    if let Some(cuts) = &state.cuts {
        let cuts: Vec<String> = cuts.iter().map(usize::to_string).collect();
        pairs.push(("cuts", cuts.join(",")));
    }
    if let Some(encoding) = &state.encoding {
        pairs.push(("enc", encoding.clone()));
    }
    if let Some(knobs) = &state.knobs {
        pairs.push(("knobs", knobs.clone()));
    }
    if let Some(race) = state.race {
        let race = match race {
            Race::ImmediateFirst => "immediate-first",
            Race::TimeoutFirst => "timeout-first",
        };
        pairs.push(("race", race.to_string()));
    }
    match state.step {
        Some(StepParam::At(step)) => pairs.push(("step", step.to_string())),
        Some(StepParam::End) => pairs.push(("step", "end".to_string())),
        None => {}
    }
    if let Some(speed) = state.speed {
        pairs.push(("speed", speed.to_string()));
    }
    if state.autoplay {
        pairs.push(("autoplay", "1".to_string()));
    }
    if let Some(theme) = state.theme {
        pairs.push(("theme", theme.id().to_string()));
    }
    if state.large {
        pairs.push(("large", "1".to_string()));
    }
    if let Some(panels) = &state.panels {
        pairs.push(("panels", panels.join(",")));
    }
    if state.embed {
        pairs.push(("embed", "1".to_string()));
    }
    let body: Vec<String> = pairs
        .into_iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    format!("?{}", body.join("&"))
}

/// Compresses a program for `code=`: raw DEFLATE, then unpadded base64url, which needs no
/// percent-encoding in a query string.
pub fn encode_code(code: &str) -> String {
    let compressed = miniz_oxide::deflate::compress_to_vec(code.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(compressed)
}

/// The inverse of [`encode_code`], with a reason when the value is damaged.
pub fn decode_code(raw: &str) -> Result<String, &'static str> {
    // Some chat tools percent-encode or pad what they pass on; accept both.
    let cleaned = percent_decode(raw);
    let cleaned = cleaned.trim_end_matches('=');
    if cleaned.is_empty() {
        return Err("the code is empty");
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(cleaned)
        .map_err(|_| "the code is not valid base64url (is the link cut off?)")?;
    let code = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_CODE_BYTES)
        .map_err(|_| "the code is truncated or damaged")?;
    String::from_utf8(code).map_err(|_| "the code is not UTF-8 text")
}

fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

fn list(speeds: &[u32]) -> String {
    let items: Vec<String> = speeds.iter().map(u32::to_string).collect();
    items.join(", ")
}

/// Keeps notices readable when someone pastes a whole program into a parameter.
fn shorten(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// Decodes `%XX` escapes and `+` (as a space), keeping malformed escapes as they are.
pub fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved characters.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_is_the_default_lab_without_notices() {
        let parsed = parse("");
        assert_eq!(parsed.state, UrlState::default());
        assert!(parsed.notices.is_empty());
        assert_eq!(parse("?").state.lab, Lab::EventLoop);
    }

    #[test]
    fn known_labs_parse_and_unknown_ones_leave_a_notice_naming_the_value() {
        assert_eq!(parse("?lab=streams").state.lab, Lab::Streams);
        assert_eq!(parse("lab=bytes").state.lab, Lab::Bytes);
        let parsed = parse("?lab=nonsense");
        assert_eq!(parsed.state.lab, Lab::EventLoop);
        assert_eq!(parsed.notices.len(), 1);
        assert!(
            parsed.notices[0].contains("nonsense"),
            "{:?}",
            parsed.notices
        );
        assert!(parse("?lab=workers").notices[0].contains("coming later"));
    }

    #[test]
    fn every_parameter_round_trips() {
        let state = UrlState {
            lab: Lab::EventLoop,
            preset: None,
            code: Some("setTimeout(() => console.log('hi ✓'), 10);\n".repeat(20)),
            race: Some(Race::ImmediateFirst),
            step: Some(StepParam::At(42)),
            speed: Some(16),
            autoplay: true,
            theme: Some(Theme::Contrast),
            large: true,
            panels: Some(vec!["code".into(), "console".into()]),
            embed: true,
            ..UrlState::default()
        };
        let query = to_query(&state);
        let parsed = parse(&query);
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        assert_eq!(parsed.state, state);

        let preset = UrlState {
            lab: Lab::Streams,
            preset: Some("tick-vs-immediate".into()),
            step: Some(StepParam::End),
            ..UrlState::default()
        };
        assert_eq!(
            to_query(&preset),
            "?lab=streams&preset=tick-vs-immediate&step=end"
        );
        assert_eq!(parse(&to_query(&preset)).state, preset);
    }

    #[test]
    fn the_bytes_lab_parameters_round_trip() {
        let state = UrlState {
            lab: Lab::Bytes,
            text: Some("héllo 👋🏽 \\xFF & more".into()),
            cuts: Some(vec![3, 9]),
            encoding: Some("utf16le".into()),
            step: Some(StepParam::At(2)),
            ..UrlState::default()
        };
        let parsed = parse(&to_query(&state));
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        assert_eq!(parsed.state, state);
        let one_chunk = UrlState {
            lab: Lab::Bytes,
            preset: Some("emoji".into()),
            cuts: Some(vec![]),
            ..UrlState::default()
        };
        assert_eq!(to_query(&one_chunk), "?lab=bytes&preset=emoji&cuts=");
        assert_eq!(parse(&to_query(&one_chunk)).state, one_chunk);
        let bad = parse("?lab=bytes&cuts=3,x&enc=ebcdic");
        assert_eq!(bad.notices.len(), 2, "{:?}", bad.notices);
        assert_eq!(bad.state.cuts, None);
    }

    #[test]
    fn code_is_compressed_and_needs_no_escaping() {
        let code = "const fs = require('fs');\n".repeat(50);
        let encoded = encode_code(&code);
        assert!(encoded.len() < code.len() / 5, "{}", encoded.len());
        assert!(encoded
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode_code(&encoded).unwrap(), code);
    }

    #[test]
    fn a_truncated_code_is_dropped_with_a_notice_and_the_rest_loads() {
        let encoded = encode_code(&"console.log('a long enough program');\n".repeat(30));
        let truncated = &encoded[..encoded.len() / 2];
        let parsed = parse(&format!("?lab=event-loop&code={truncated}&step=3"));
        assert_eq!(parsed.state.code, None);
        assert_eq!(parsed.state.step, Some(StepParam::At(3)));
        assert_eq!(parsed.notices.len(), 1);
        assert!(parsed.notices[0].starts_with("Ignored code="));
        assert!(parse("?code=!!!").notices[0].contains("base64url"));
    }

    #[test]
    fn malformed_values_are_ignored_one_by_one() {
        let parsed =
            parse("?step=ten&speed=7&theme=neon&autoplay=maybe&race=x&preset=a%20b&embed=1");
        assert_eq!(parsed.notices.len(), 6, "{:?}", parsed.notices);
        assert!(parsed.state.embed);
        assert_eq!(parsed.state.step, None);
        assert_eq!(parsed.state.speed, None);
        assert_eq!(parsed.state.theme, None);
    }

    #[test]
    fn panels_keep_known_ids_in_order_and_report_unknown_ones() {
        let parsed = parse("?panels=console,code,wat,console");
        assert_eq!(
            parsed.state.panels,
            Some(vec!["console".to_string(), "code".to_string()])
        );
        assert_eq!(parsed.notices.len(), 1);
        assert!(parsed.notices[0].contains("wat"));
        let all_unknown = parse("?panels=x,y");
        assert_eq!(all_unknown.state.panels, None);
        assert_eq!(all_unknown.notices.len(), 1);
    }

    #[test]
    fn unrelated_parameters_are_left_alone() {
        let parsed = parse("?utm_source=blog&lab=bytes&fbclid=1");
        assert!(parsed.notices.is_empty());
        assert_eq!(parsed.state.lab, Lab::Bytes);
    }

    #[test]
    fn percent_escapes_decode_and_bad_ones_survive() {
        assert_eq!(percent_decode("a%20b+c%2Cd"), "a b c,d");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_encode("a b/✓"), "a%20b%2F%E2%9C%93");
        let long = "x".repeat(100);
        assert!(parse(&format!("?theme={long}")).notices[0].contains('…'));
    }
}
