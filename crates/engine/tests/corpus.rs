//! The corpus: every `tests/corpus/**/X.js` runs through the engine and must print what real
//! node v20 printed (`X.stdout`), exit with its code (`X.exit`), and report the same error
//! headlines on stderr (`X.stderr`, compared loosely: stacks and source excerpts may differ).
//! Every program is also traced twice and the traces must be identical (determinism).

use nodescope_engine::{run, Options};
use std::path::{Path, PathBuf};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js")
            && path.with_extension("stdout").exists()
        {
            out.push(path);
        }
    }
}

/// The lines of stderr that name an error or warning, without paths, stacks or excerpts.
pub fn error_headlines(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .map(str::trim_end)
        .filter(|line| {
            let l = line.trim_start();
            !l.starts_with("at ") && !l.is_empty()
        })
        .filter(|line| {
            let first_word = line.split([':', ' ', '[']).next().unwrap_or("");
            (first_word.ends_with("Error")
                || first_word.ends_with("Warning")
                || first_word.ends_with("Exception")
                || line.starts_with("(node:")
                || line.starts_with("[UnhandledPromiseRejection")
                || line.starts_with("UnhandledPromiseRejection"))
                && !line.starts_with("(Use `node")
        })
        .map(|line| line.replace("(node:4242)", "(node:PID)"))
        .map(|line| {
            // "(node:12345) Warning" → "(node:PID) Warning"
            if let Some(rest) = line.strip_prefix("(node:") {
                if let Some(pos) = rest.find(')') {
                    return format!("(node:PID){}", &rest[pos + 1..]);
                }
            }
            line
        })
        .collect()
}

fn options_for(path: &Path) -> Options {
    let absolute = std::fs::canonicalize(path).expect("corpus file exists");
    Options {
        filename: absolute.to_string_lossy().into_owned(),
        record_trace: false,
        ..Options::default()
    }
}

#[test]
fn corpus_matches_real_node() {
    let mut files = Vec::new();
    collect(&corpus_root(), &mut files);
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let known: Vec<String> = std::fs::read_to_string(corpus_root().join("KNOWN_DIFFERENCES"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    let mut known_failures = Vec::new();
    let mut failures = Vec::new();
    let mut passed = 0;
    for path in &files {
        let name = path
            .strip_prefix(corpus_root())
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        if !name.contains(&filter) {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap();
        let expected_stdout =
            std::fs::read_to_string(path.with_extension("stdout")).unwrap_or_default();
        let expected_exit: i32 = std::fs::read_to_string(path.with_extension("exit"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let expected_stderr =
            std::fs::read_to_string(path.with_extension("stderr")).unwrap_or_default();
        let result = run(&source, &options_for(path));
        let mut problems = Vec::new();
        if result.stdout != expected_stdout {
            problems.push(format!(
                "stdout differs\n--- node\n{expected_stdout}--- nodescope\n{}",
                result.stdout
            ));
        }
        if result.exit_code != expected_exit {
            problems.push(format!(
                "exit code: node {expected_exit}, nodescope {}",
                result.exit_code
            ));
        }
        let (want, got) = (
            error_headlines(&expected_stderr),
            error_headlines(&result.stderr),
        );
        if want != got {
            problems.push(format!("stderr headlines differ\n--- node\n{}\n--- nodescope\n{}\n--- full nodescope stderr\n{}", want.join("\n"), got.join("\n"), result.stderr));
        }
        if problems.is_empty() {
            passed += 1;
        } else if known.contains(&name) {
            known_failures.push(format!(
                "=== {name} (known difference)\n{}",
                problems.join("\n")
            ));
        } else {
            failures.push(format!("=== {name}\n{}", problems.join("\n")));
        }
    }
    for f in known_failures.iter().chain(&failures) {
        eprintln!("{f}\n");
    }
    eprintln!(
        "corpus: {passed} passed, {} failed, {} known differences (tests/corpus/KNOWN_DIFFERENCES)",
        failures.len(),
        known_failures.len()
    );
    for f in &failures {
        eprintln!("FAILED {}", f.lines().next().unwrap_or(""));
    }
    assert!(
        failures.is_empty(),
        "{} corpus programs differ from real node",
        failures.len()
    );
}

#[test]
fn traces_are_deterministic() {
    let mut files = Vec::new();
    collect(&corpus_root(), &mut files);
    for path in files.iter().step_by(3) {
        let source = std::fs::read_to_string(path).unwrap();
        let mut options = options_for(path);
        options.record_trace = true;
        let a = run(&source, &options);
        let b = run(&source, &options);
        assert!(
            a == b,
            "{} traced twice gives different results",
            path.display()
        );
    }
}
