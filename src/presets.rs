//! The event-loop lab's presets: short, real Node programs, each with a title, a
//! two-sentence explanation and its parameters. `node_stdout` is what real node v20.20.2
//! printed for the program (recorded with `node`, with the virtual files created on disk), so
//! tests can hold the simulation to it.

use nodescope_engine::VirtualFile;

/// A file the preset's program reads, declared by size (its content is filler bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresetFile {
    pub path: &'static str,
    pub size: u64,
}

impl PresetFile {
    pub fn to_virtual_file(self) -> VirtualFile {
        VirtualFile {
            path: self.path.to_string(),
            content: Vec::new(),
            size: Some(self.size),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable id used in links (`?preset=`): never rename one.
    pub id: &'static str,
    pub title: &'static str,
    /// Two sentences: what to watch, and the rule behind it.
    pub explanation: &'static str,
    pub code: &'static str,
    /// Whether the setTimeout(0)/setImmediate race toggle matters for this program.
    pub race_toggle: bool,
    pub files: &'static [PresetFile],
    /// What real node printed on stdout. For the racy first preset both outcomes are real;
    /// this is the one for the engine's default race (`Race::default()`, immediate first).
    pub node_stdout: &'static str,
    /// Real node's exit code.
    pub node_exit_code: i32,
}

/// Every preset, in the order the picker lists them.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "tick-immediate-timeout",
        title: "nextTick vs setImmediate vs setTimeout",
        explanation: "process.nextTick runs as soon as the main module returns, before the event loop even starts. Whether the 0 ms timer or the immediate comes next depends on whether 1 ms passed before the loop began: flip the race toggle to see both real outcomes.",
        code: r#"// Three ways to say "later", all queued from the main module.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
console.log('main module done');
"#,
        race_toggle: true,
        files: &[],
        node_stdout: r#"main module done
nextTick
immediate
timeout
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "inside-io-callback",
        title: "The same three inside an I/O callback",
        explanation: "An fs callback runs in the poll phase, and the check phase comes right after it. So the immediate always beats the 0 ms timer here, which has to wait for the next turn's timers phase.",
        code: r#"const fs = require('fs');

// The same three, queued from an I/O callback (the poll phase).
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('readFile callback done');
});
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"readFile callback done
nextTick
immediate
timeout
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "microtask-nesting",
        title: "nextTick vs promise jobs vs queueMicrotask",
        explanation: "After every callback Node empties the nextTick queue first, then the promise-job queue, and repeats until both are empty. queueMicrotask shares the promise-job queue, and a nextTick queued by a promise job waits until every promise job has run.",
        code: r#"Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick queued by a promise job'));
  Promise.resolve().then(() => console.log('promise queued by a promise job'));
});
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => {
  console.log('nextTick 1');
  process.nextTick(() => console.log('nextTick queued by a nextTick'));
  Promise.resolve().then(() => console.log('promise queued by a nextTick'));
});
console.log('main module done');
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"main module done
nextTick 1
nextTick queued by a nextTick
promise 1
queueMicrotask
promise queued by a nextTick
promise queued by a promise job
nextTick queued by a promise job
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "async-await",
        title: "async/await unrolled",
        explanation: "Everything before the first await runs synchronously; each await schedules the rest of its function as a promise job. The promise an async function returns resolves only after its last await, a few jobs later.",
        code: r#"async function inner() {
  console.log('inner: start');
  await null; // schedules the rest of inner as a promise job
  console.log('inner: after await');
  return 42;
}

async function outer() {
  console.log('outer: start');
  const value = await inner();
  console.log('outer: got', value);
}

outer().then(() => console.log('outer: promise resolved'));
Promise.resolve().then(() => console.log('another promise job'));
console.log('main module done');
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"outer: start
inner: start
main module done
inner: after await
another promise job
outer: got 42
outer: promise resolved
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "starvation",
        title: "Recursive nextTick starves I/O; setImmediate does not",
        explanation: "Node drains the whole nextTick queue before the loop may move on, so a recursive nextTick keeps a finished read waiting for all 20 ticks. A recursive setImmediate lands in the next turn's check phase, so the poll phase, and the read's callback, get a turn in between.",
        code: r#"const fs = require('fs');
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };

// 1. Recursive process.nextTick: the loop cannot move on until the queue is empty.
let ticks = 0;
fs.readFile(__filename, () => {
  console.log(`readFile callback ran after ${ticks} of 20 ticks`);
  recursiveImmediates();
});
process.nextTick(function tick() {
  busy(1);
  if (++ticks < 20) process.nextTick(tick);
});

// 2. Recursive setImmediate: each one waits for the next loop turn, so I/O gets in.
function recursiveImmediates() {
  let immediates = 0;
  fs.readFile(__filename, () => {
    console.log(`readFile callback ran after ${immediates < 20 ? 'some' : 'all'} of 20 immediates`);
  });
  setImmediate(function again() {
    busy(1);
    if (++immediates < 20) setImmediate(again);
  });
}
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"readFile callback ran after 20 of 20 ticks
readFile callback ran after some of 20 immediates
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "blocking-vs-chunks",
        title: "One long job vs setImmediate chunks",
        explanation: "While a synchronous job runs, nothing else can: requests (timers here) that arrive meanwhile wait until it ends. Split into setImmediate chunks, the same work lets each waiting request in between two chunks.",
        code: r#"const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };

// A request "arrives" every 10 ms (a timer); it waits until the loop is free.
function serve(name, work, then) {
  const t0 = Date.now();
  let handled = 0;
  for (const at of [10, 20, 30]) {
    setTimeout(() => {
      const waited = Date.now() - t0 - at;
      console.log(`${name}: request at ${at} ms waited ${waited < 20 ? 'under' : 'over'} 20 ms`);
      if (++handled === 3) then();
    }, at);
  }
  work();
}

// 60 ms of CPU in one go (like JSON.parse of a huge string)…
const blocking = () => busy(60);
// …or the same work in 30 chunks of 2 ms, yielding to the loop in between.
const chunked = (left = 30) => {
  busy(2);
  if (left > 1) setImmediate(() => chunked(left - 1));
};

serve('one long job', blocking, () => serve('setImmediate chunks', chunked, () => {}));
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"one long job: request at 10 ms waited over 20 ms
one long job: request at 20 ms waited over 20 ms
one long job: request at 30 ms waited over 20 ms
setImmediate chunks: request at 10 ms waited under 20 ms
setImmediate chunks: request at 20 ms waited under 20 ms
setImmediate chunks: request at 30 ms waited under 20 ms
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "threadpool",
        title: "Six reads on a pool of four threads",
        explanation: "fs.readFile is several threadpool requests in turn: open, fstat, reads in chunks, close. With six files and four threads, requests wait in the pool's queue until a thread is free, and completions wait for the poll phase.",
        code: r#"const fs = require('fs');

// Six reads at once, but libuv's pool has only 4 threads.
const names = ['a', 'b', 'c', 'd', 'e', 'f'];
let done = 0;
let bytes = 0;
for (const name of names) {
  fs.readFile(`${__dirname}/logs/${name}.log`, (err, data) => {
    if (err) throw err;
    bytes += data.length;
    console.log(`read ${++done} of 6 finished`);
    if (done === 6) console.log(`all six files read: ${bytes} bytes`);
  });
}
console.log('six reads queued for a pool of 4 threads');
"#,
        race_toggle: false,
        files: &[PresetFile { path: "/app/logs/a.log", size: 1048576 }, PresetFile { path: "/app/logs/b.log", size: 524288 }, PresetFile { path: "/app/logs/c.log", size: 2097152 }, PresetFile { path: "/app/logs/d.log", size: 65536 }, PresetFile { path: "/app/logs/e.log", size: 1048576 }, PresetFile { path: "/app/logs/f.log", size: 1572864 }],
        node_stdout: r#"six reads queued for a pool of 4 threads
read 1 of 6 finished
read 2 of 6 finished
read 3 of 6 finished
read 4 of 6 finished
read 5 of 6 finished
read 6 of 6 finished
all six files read: 6356992 bytes
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "interval-overrun",
        title: "setInterval with a callback that overruns",
        explanation: "setInterval schedules its next run 10 ms after the start of the callback. When the callback takes 25 ms, the next run is already overdue and starts as soon as the loop gets back to the timers phase.",
        code: r#"const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };

// Every 10 ms… but each callback takes 25 ms of CPU.
let n = 0;
let last = Date.now();
const timer = setInterval(() => {
  const gap = Date.now() - last;
  last = Date.now();
  n++;
  console.log(n === 1 ? 'tick 1' : `tick ${n}: ${gap >= 25 ? '25 ms or more' : 'under 25 ms'} after the last one`);
  busy(25);
  if (n === 4) clearInterval(timer);
}, 10);
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"tick 1
tick 2: 25 ms or more after the last one
tick 3: 25 ms or more after the last one
tick 4: 25 ms or more after the last one
"#,
        node_exit_code: 0,
    },
    Preset {
        id: "unhandled-rejection",
        title: "An unhandled promise rejection",
        explanation: "A rejection with no handler is noticed after the nextTick and promise-job queues have drained. Node v20 then treats it as an uncaught exception: it prints the error and exits with code 1, so the timer never runs.",
        code: r#"setTimeout(() => console.log('timer: never runs'), 10);

Promise.reject(new Error('nobody handles me'));

process.nextTick(() => console.log('nextTick still runs'));
Promise.resolve().then(() => console.log('promise jobs still run'));
console.log('main module done');
"#,
        race_toggle: false,
        files: &[],
        node_stdout: r#"main module done
nextTick still runs
promise jobs still run
"#,
        node_exit_code: 1,
    },
];

/// The preset a lab opens with when the link names none.
/// What real node prints for the first preset when the 0 ms timer wins the race.
#[cfg(test)]
pub const TIMEOUT_FIRST_STDOUT: &str = "main module done\nnextTick\ntimeout\nimmediate\n";

pub fn default_preset() -> &'static Preset {
    &PRESETS[0]
}

pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.id == id)
}

/// The preset whose program is exactly `code`, if any (so that links stay short).
pub fn find_by_code(code: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_link_safe() {
        for (i, preset) in PRESETS.iter().enumerate() {
            assert!(preset
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(PRESETS[i + 1..].iter().all(|other| other.id != preset.id));
            assert_eq!(find(preset.id), Some(preset));
            assert_eq!(find_by_code(preset.code), Some(preset));
        }
        assert_eq!(PRESETS.len(), 9);
    }

    #[test]
    fn explanations_are_two_sentences_and_programs_are_short() {
        for preset in PRESETS {
            let sentences = preset.explanation.matches(". ").count() + 1;
            assert_eq!(sentences, 2, "{}", preset.id);
            assert!(preset.explanation.ends_with('.'), "{}", preset.id);
            assert!(preset.code.lines().count() <= 30, "{}", preset.id);
            assert!(!preset.node_stdout.is_empty(), "{}", preset.id);
        }
    }
}
