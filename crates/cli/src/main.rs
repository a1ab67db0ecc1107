//! `nodescope`: run a Node.js program on nodescope's simulated Node v20 runtime, printing what
//! Node would print, or the trace of what the runtime did.

use nodescope_engine::{run, Options, Race};
use std::io::Write;
use std::process::ExitCode;

const HELP: &str = "nodescope — run Node.js programs on a deterministic simulation of Node v20

USAGE:
    nodescope run [OPTIONS] FILE.js [ARGS...]     print what `node FILE.js` prints; same exit code
    nodescope trace [OPTIONS] FILE.js [ARGS...]   print the trace as JSON, one event per line

OPTIONS:
    --race timeout-first|immediate-first
        Outcome of the main module's setTimeout(0)/setImmediate race: whether 1 ms passes
        between the end of the main module and the first loop iteration (default immediate-first:
        no extra time passes, so the outcome follows the simulated CPU time of the main module).
    --seed N              seed for Math.random (default 1)
    --max-instructions N  JS instruction budget before the run is stopped (default 400000000)
    --max-callbacks N     callback budget before the run is stopped (default 2000000)
    --heap-limit-mb N     heap limit like --max-old-space-size (default 4096)
    --file PATH=LOCAL     add LOCAL's content to the virtual file system at PATH
    --big-file PATH=SIZE  add a virtual file of SIZE bytes at PATH (never materialised)
    --model JSON          the modelled world (disk and network speed, gzip, simulated HTTP
                          clients) as JSON, e.g. '{\"clients\":[{\"at_ms\":0,\"bandwidth\":1e6}]}'
    -h, --help            this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match real_main(args) {
        Ok(code) => ExitCode::from(code as u8),
        Err(message) => {
            eprintln!("nodescope: {message}\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

fn real_main(args: Vec<String>) -> Result<i32, String> {
    let mut iter = args.into_iter();
    let command = iter.next().ok_or("missing command")?;
    if command == "-h" || command == "--help" || command == "help" {
        print!("{HELP}");
        return Ok(0);
    }
    if command != "run" && command != "trace" {
        return Err(format!("unknown command '{command}'"));
    }
    let mut options = Options::default();
    let mut file = None;
    let rest: Vec<String> = iter.collect();
    let mut i = 0;
    while i < rest.len() {
        let arg = &rest[i];
        if file.is_some() {
            options.args.push(arg.clone());
            i += 1;
            continue;
        }
        let mut value = || -> Result<String, String> {
            i += 1;
            rest.get(i).cloned().ok_or(format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(0);
            }
            "--race" => {
                options.race = match value()?.as_str() {
                    "timeout-first" => Race::TimeoutFirst,
                    "immediate-first" => Race::ImmediateFirst,
                    other => return Err(format!("unknown race outcome '{other}'")),
                }
            }
            "--seed" => options.seed = value()?.parse().map_err(|_| "--seed needs a number")?,
            "--max-instructions" => {
                options.max_instructions = value()?
                    .parse()
                    .map_err(|_| "--max-instructions needs a number")?
            }
            "--max-callbacks" => {
                options.max_callbacks = value()?
                    .parse()
                    .map_err(|_| "--max-callbacks needs a number")?
            }
            "--heap-limit-mb" => {
                options.heap_limit_bytes = value()?
                    .parse::<u64>()
                    .map_err(|_| "--heap-limit-mb needs a number")?
                    * 1024
                    * 1024
            }
            "--file" => {
                let v = value()?;
                let (path, local) = v.split_once('=').ok_or("--file needs PATH=LOCAL")?;
                let content = std::fs::read(local).map_err(|e| format!("{local}: {e}"))?;
                options.files.push(nodescope_engine::VirtualFile {
                    path: path.to_string(),
                    content,
                    size: None,
                });
            }
            "--big-file" => {
                let v = value()?;
                let (path, size) = v.split_once('=').ok_or("--big-file needs PATH=SIZE")?;
                let size = size
                    .parse()
                    .map_err(|_| "--big-file size must be a number")?;
                options.files.push(nodescope_engine::VirtualFile {
                    path: path.to_string(),
                    content: Vec::new(),
                    size: Some(size),
                });
            }
            "--model" => {
                options.model =
                    serde_json::from_str(&value()?).map_err(|e| format!("--model: {e}"))?
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option '{arg}'")),
            _ => file = Some(arg.clone()),
        }
        i += 1;
    }
    let file = file.ok_or("missing FILE.js")?;
    let source = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let absolute = std::fs::canonicalize(&file).map_err(|e| format!("{file}: {e}"))?;
    options.filename = absolute.to_string_lossy().into_owned();
    options.record_trace = command == "trace";
    let result = run(&source, &options);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if command == "run" {
        out.write_all(result.stdout.as_bytes())
            .map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        eprint!("{}", result.stderr);
    } else {
        for event in &result.trace.events {
            let line = serde_json::to_string(event).map_err(|e| e.to_string())?;
            writeln!(out, "{line}").map_err(|e| e.to_string())?;
        }
    }
    Ok(result.exit_code)
}
