//! Running a program through the engine, in the browser, with limits that suit an
//! interactive page, and sorting the outcome into "it ran" (with a trace to show, even when
//! the program crashed or was stopped) and "it never started" (a syntax error, shown at its
//! line and column while the last good run stays on screen).

use std::rc::Rc;

use nodescope_engine::trace::OutputStream;
use nodescope_engine::{EventKind, Options, Race, RunResult, Trace};

use crate::presets::PRESETS;

/// A run that started: its trace and what it printed.
#[derive(Clone, Debug, PartialEq)]
pub struct RunOutcome {
    /// The program as it was run (the editor may have changed since).
    pub source: String,
    pub race: Race,
    pub trace: Rc<Trace>,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// Why the run ended early, when the engine stopped it or the program crashed.
    pub error: Option<String>,
}

/// A program that could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// One line, e.g. "SyntaxError: Unexpected token ')'".
    pub message: String,
    /// 1-based.
    pub line: Option<u32>,
    /// 1-based.
    pub column: Option<u32>,
}

/// The options the app runs programs with: the engine's defaults, with budgets small enough
/// that an infinite loop ends in about a second of the reader's time instead of hanging the
/// tab, and every preset's virtual files available to any program.
pub fn app_options(race: Race) -> Options {
    let defaults = Options::default();
    let mut files = Vec::new();
    for preset in PRESETS {
        for file in preset.files {
            if !files
                .iter()
                .any(|known: &nodescope_engine::VirtualFile| known.path == file.path)
            {
                files.push(file.to_virtual_file());
            }
        }
    }
    Options {
        race,
        files,
        max_instructions: defaults.max_instructions.min(MAX_INSTRUCTIONS),
        max_callbacks: defaults.max_callbacks.min(MAX_CALLBACKS),
        max_time_ms: defaults.max_time_ms.min(MAX_TIME_MS),
        ..defaults
    }
}

/// JS instructions a run in the page may execute.
pub const MAX_INSTRUCTIONS: u64 = 20_000_000;
/// Callbacks a run in the page may execute (keeps traces to a size a tab can hold).
pub const MAX_CALLBACKS: u64 = 20_000;
/// Simulated time a run in the page may cover: ten minutes.
pub const MAX_TIME_MS: u64 = 10 * 60 * 1000;

/// Runs a program and sorts the outcome.
pub fn simulate(source: &str, race: Race) -> Result<RunOutcome, CompileError> {
    let result = nodescope_engine::run(source, &app_options(race));
    classify(source, race, result)
}

/// Sorts an engine result: a program that ran nothing and failed with a SyntaxError never
/// started; anything else ran, however it ended.
pub fn classify(source: &str, race: Race, result: RunResult) -> Result<RunOutcome, CompileError> {
    let trace = result.trace;
    // The error message itself may be an Output event on stderr; that is not running.
    let ran_anything = trace.events.iter().any(|event| {
        matches!(
            event.kind,
            EventKind::CallbackStart { .. }
                | EventKind::Enqueue { .. }
                | EventKind::Output {
                    stream: OutputStream::Stdout,
                    ..
                }
        )
    });
    let error_event = trace
        .events
        .iter()
        .rev()
        .find_map(|event| match &event.kind {
            EventKind::Error { message } => Some(message.clone()),
            _ => None,
        });
    let all_text = format!(
        "{}\n{}",
        error_event.clone().unwrap_or_default(),
        result.stderr
    );
    if result.exit_code != 0 && !ran_anything && all_text.contains("SyntaxError") {
        let (line, column) = error_location(&all_text, &trace.filename);
        let message = all_text
            .lines()
            .find(|line| line.contains("SyntaxError"))
            .map(clean_message)
            .unwrap_or_else(|| "SyntaxError".to_string());
        return Err(CompileError {
            message,
            line,
            column,
        });
    }
    let error = if result.exit_code != 0 || error_event.is_some() {
        error_event.or_else(|| first_error_line(&result.stderr))
    } else {
        None
    };
    Ok(RunOutcome {
        source: source.to_string(),
        race,
        trace: Rc::new(trace),
        stdout: result.stdout,
        stderr: result.stderr,
        exit_code: result.exit_code,
        error,
    })
}

/// Trims what only the simulator's own plumbing adds to an error line: a "nodescope: "
/// prefix and a trailing "(node:internal/…)" location.
fn clean_message(line: &str) -> String {
    let line = line.trim();
    let line = line.strip_prefix("nodescope: ").unwrap_or(line);
    let line = match line.rfind(" (node:internal/") {
        Some(at) if line.ends_with(')') => &line[..at],
        _ => line,
    };
    line.to_string()
}

/// The line of stderr that names the error ("TypeError: …", "RangeError: …").
fn first_error_line(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .map(str::trim)
        .find(|line| {
            let head = line.split(':').next().unwrap_or("");
            head.ends_with("Error") && !head.contains(' ') || head == "Uncaught"
        })
        .or_else(|| stderr.lines().map(str::trim).find(|line| !line.is_empty()))
        .map(str::to_string)
}

/// Finds "line N, col M" (Boa's wording), "file.js:N:M" or "file.js:N" plus a caret line
/// (Node's wording) in an error text.
pub fn error_location(text: &str, filename: &str) -> (Option<u32>, Option<u32>) {
    let lower = text.to_ascii_lowercase();
    if let Some(at) = lower.find("line ") {
        let rest = &lower[at + 5..];
        let line = leading_number(rest);
        let column = ["col ", "column "].iter().find_map(|word| {
            rest.find(word)
                .filter(|&pos| pos < 24)
                .and_then(|pos| leading_number(&rest[pos + word.len()..]))
        });
        if line.is_some() {
            return (line, column);
        }
    }
    let names = [filename, "main.js"];
    for name in names.iter().filter(|name| !name.is_empty()) {
        if let Some(at) = text.find(&format!("{name}:")) {
            let rest = &text[at + name.len() + 1..];
            let line = leading_number(rest);
            let after_line = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            let column = after_line
                .strip_prefix(':')
                .and_then(leading_number)
                .or_else(|| caret_column(text));
            if line.is_some() {
                return (line, column);
            }
        }
    }
    (None, None)
}

fn leading_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Node prints the offending source line and a `^` under the error's column.
fn caret_column(text: &str) -> Option<u32> {
    text.lines()
        .find(|line| line.trim() == "^" || line.trim_start().starts_with('^'))
        .and_then(|line| line.find('^'))
        .map(|index| index as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nodescope_engine::{Event, Queue};

    fn result(exit_code: i32, stderr: &str, events: Vec<EventKind>) -> RunResult {
        RunResult {
            stdout: String::new(),
            stderr: stderr.to_string(),
            exit_code,
            trace: Trace {
                filename: "/app/main.js".into(),
                events: events
                    .into_iter()
                    .map(|kind| Event {
                        t: 0,
                        kind,
                        note: String::new(),
                    })
                    .collect(),
                ..Trace::default()
            },
        }
    }

    #[test]
    fn a_syntax_error_that_ran_nothing_never_started() {
        let stderr = "/app/main.js:3\nconst = 1;\n      ^\n\nSyntaxError: Unexpected token '='\n";
        let error = classify("x", Race::default(), result(1, stderr, vec![])).unwrap_err();
        assert_eq!(error.message, "SyntaxError: Unexpected token '='");
        assert_eq!((error.line, error.column), (Some(3), Some(7)));
    }

    #[test]
    fn an_error_printed_on_stderr_is_not_running() {
        let message = "nodescope: SyntaxError: expected token 'identifier', got '=' in identifier parsing at line 2, col 7 (node:internal/bootstrap:1065:30)";
        let events = vec![
            EventKind::Output {
                stream: OutputStream::Stderr,
                text: format!("{message}\n"),
            },
            EventKind::Exit { code: 1 },
        ];
        let error = classify("x", Race::default(), result(1, message, events)).unwrap_err();
        assert_eq!(
            error.message,
            "SyntaxError: expected token 'identifier', got '=' in identifier parsing at line 2, col 7"
        );
        assert_eq!((error.line, error.column), (Some(2), Some(7)));
    }

    #[test]
    fn boa_style_locations_are_understood() {
        let text = "SyntaxError: expected token ';', got 'x' at line 2, col 14";
        assert_eq!(error_location(text, "/app/main.js"), (Some(2), Some(14)));
        assert_eq!(
            error_location("at /app/main.js:12:5", "/app/main.js"),
            (Some(12), Some(5))
        );
        assert_eq!(error_location("no location", "/app/main.js"), (None, None));
    }

    #[test]
    fn a_crash_after_running_is_a_run_with_an_error() {
        let events = vec![
            EventKind::ScriptStart,
            EventKind::CallbackStart {
                queue: Queue::Main,
                id: 0,
                label: "main".into(),
                line: None,
            },
            EventKind::Error {
                message: "RangeError: the program ran too long".into(),
            },
        ];
        let outcome = classify("x", Race::default(), result(1, "boom", events)).unwrap();
        assert_eq!(
            outcome.error.as_deref(),
            Some("RangeError: the program ran too long")
        );
        let clean = classify("x", Race::default(), result(0, "", vec![])).unwrap();
        assert_eq!(clean.error, None);
        let stderr_only = classify(
            "x",
            Race::default(),
            result(
                1,
                "/app/main.js:1\n\nTypeError: x is not a function\n",
                vec![
                    EventKind::ScriptStart,
                    EventKind::Enqueue {
                        queue: Queue::Check,
                        id: 1,
                        label: "a".into(),
                        line: None,
                        due_ms: None,
                    },
                ],
            ),
        )
        .unwrap();
        assert_eq!(
            stderr_only.error.as_deref(),
            Some("TypeError: x is not a function")
        );
    }

    #[test]
    fn app_options_offer_every_preset_file_once_and_cap_the_budgets() {
        let options = app_options(Race::ImmediateFirst);
        assert_eq!(options.race, Race::ImmediateFirst);
        assert_eq!(options.files.len(), 6);
        assert!(options.max_instructions <= MAX_INSTRUCTIONS);
        assert!(options.record_trace);
    }

    /// Every preset, run through the engine as the page runs it, prints what real node printed.
    #[test]
    fn presets_print_what_real_node_printed() {
        let mut mismatches = Vec::new();
        for preset in PRESETS {
            match simulate(preset.code, Race::default()) {
                Ok(outcome) => {
                    if outcome.stdout != preset.node_stdout
                        || outcome.exit_code != preset.node_exit_code
                    {
                        mismatches.push(format!(
                            "{}: exit {} (node {}), stdout:\n{}\nstderr:\n{}",
                            preset.id,
                            outcome.exit_code,
                            preset.node_exit_code,
                            outcome.stdout,
                            outcome.stderr
                        ));
                    }
                }
                Err(error) => mismatches.push(format!("{}: did not start: {error:?}", preset.id)),
            }
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
    }

    /// The race toggle reaches the other real outcome of the first preset.
    #[test]
    fn the_race_toggle_gives_the_other_real_outcome() {
        let first = &PRESETS[0];
        assert!(first.race_toggle);
        let timeout_first = simulate(first.code, Race::TimeoutFirst).expect("starts");
        assert_eq!(timeout_first.stdout, crate::presets::TIMEOUT_FIRST_STDOUT);
        let immediate_first = simulate(first.code, Race::ImmediateFirst).expect("starts");
        assert_ne!(immediate_first.stdout, timeout_first.stdout);
    }

    /// Prints each preset's trace, for people writing views and tests:
    /// `cargo test -p nodescope-app dump_preset_traces -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn dump_preset_traces() {
        for preset in PRESETS {
            let outcome = simulate(preset.code, Race::default()).expect("starts");
            println!("=== {} ({} events)", preset.id, outcome.trace.events.len());
            for (index, event) in outcome.trace.events.iter().enumerate() {
                println!(
                    "{:4} {:>10} {:?} | {}",
                    index + 1,
                    event.t,
                    event.kind,
                    event.note
                );
            }
        }
    }
}
