//! The streams lab's scenarios and knobs: real Node programs generated from the sliders' values,
//! and the run options (a virtual file, the modelled disk, network, gzip and heap limit) they
//! are simulated with. Pure: no UI imports, tested natively.

use nodescope_engine::{GzipModel, Model, Options, SimClient, VirtualFile};

/// The virtual file every scenario serves.
pub const FILE_PATH: &str = "/data/big.log";

/// The sliders. Each value is one of its `*_CHOICES`, so links stay short and runs stay sized
/// for a browser tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Knobs {
    /// File size, MiB.
    pub file_mib: u32,
    /// The read stream's highWaterMark, KiB.
    pub hwm_kib: u32,
    /// Disk throughput, MB/s.
    pub disk_mbps: u32,
    /// The client's download speed, kB/s.
    pub net_kbps: u32,
    /// gzip's CPU cost, ns per input byte.
    pub gzip_ns: u32,
    /// The heap limit (like --max-old-space-size), MiB.
    pub heap_mib: u32,
    /// The client hangs up after this share of the file, percent (0: never).
    pub hangup_pct: u32,
}

pub const FILE_CHOICES: [u32; 8] = [1, 2, 4, 8, 16, 32, 64, 128];
pub const HWM_CHOICES: [u32; 9] = [4, 8, 16, 32, 64, 128, 256, 512, 1024];
pub const DISK_CHOICES: [u32; 8] = [10, 25, 50, 100, 250, 500, 1000, 2000];
pub const NET_CHOICES: [u32; 10] = [100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000];
pub const GZIP_CHOICES: [u32; 7] = [1, 2, 5, 10, 20, 50, 100];
pub const HEAP_CHOICES: [u32; 6] = [8, 16, 32, 64, 128, 256];
pub const HANGUP_CHOICES: [u32; 7] = [0, 10, 20, 30, 50, 70, 90];

impl Default for Knobs {
    fn default() -> Self {
        Knobs {
            file_mib: 8,
            hwm_kib: 64,
            disk_mbps: 500,
            net_kbps: 10000,
            gzip_ns: 10,
            heap_mib: 32,
            hangup_pct: 0,
        }
    }
}

/// One slider: its URL key, label, choices, and how a value reads.
pub struct Knob {
    pub key: &'static str,
    pub label: &'static str,
    pub choices: &'static [u32],
    pub get: fn(&Knobs) -> u32,
    pub set: fn(&mut Knobs, u32),
    pub show: fn(u32) -> String,
}

fn show_kbps(v: u32) -> String {
    if v >= 1000 {
        format!("{} MB/s", v as f64 / 1000.0)
    } else {
        format!("{v} kB/s")
    }
}

fn show_kib(v: u32) -> String {
    if v >= 1024 {
        format!("{} MiB", v / 1024)
    } else {
        format!("{v} KiB")
    }
}

fn show_hangup(v: u32) -> String {
    if v == 0 {
        "never".to_string()
    } else {
        format!("after {v}%")
    }
}

pub const KNOBS: [Knob; 7] = [
    Knob {
        key: "file",
        label: "File size",
        choices: &FILE_CHOICES,
        get: |k| k.file_mib,
        set: |k, v| k.file_mib = v,
        show: |v| format!("{v} MiB"),
    },
    Knob {
        key: "hwm",
        label: "highWaterMark",
        choices: &HWM_CHOICES,
        get: |k| k.hwm_kib,
        set: |k, v| k.hwm_kib = v,
        show: show_kib,
    },
    Knob {
        key: "disk",
        label: "Disk speed",
        choices: &DISK_CHOICES,
        get: |k| k.disk_mbps,
        set: |k, v| k.disk_mbps = v,
        show: |v| format!("{v} MB/s"),
    },
    Knob {
        key: "net",
        label: "Network speed",
        choices: &NET_CHOICES,
        get: |k| k.net_kbps,
        set: |k, v| k.net_kbps = v,
        show: show_kbps,
    },
    Knob {
        key: "gzip",
        label: "gzip cost",
        choices: &GZIP_CHOICES,
        get: |k| k.gzip_ns,
        set: |k, v| k.gzip_ns = v,
        show: |v| format!("{v} ns/byte"),
    },
    Knob {
        key: "heap",
        label: "Heap limit",
        choices: &HEAP_CHOICES,
        get: |k| k.heap_mib,
        set: |k, v| k.heap_mib = v,
        show: |v| format!("{v} MiB"),
    },
    Knob {
        key: "hangup",
        label: "Client hangs up",
        choices: &HANGUP_CHOICES,
        get: |k| k.hangup_pct,
        set: |k, v| k.hangup_pct = v,
        show: show_hangup,
    },
];

impl Knobs {
    /// The knobs a scenario starts with.
    pub fn defaults_for(scenario: &Scenario) -> Knobs {
        Knobs {
            hangup_pct: scenario.hangup_pct,
            ..Knobs::default()
        }
    }

    /// The `knobs=` value of a link: only what differs from `defaults` (the scenario's), e.g.
    /// `file=64,heap=16`.
    pub fn to_param(self, defaults: Knobs) -> Option<String> {
        let parts: Vec<String> = KNOBS
            .iter()
            .filter(|knob| (knob.get)(&self) != (knob.get)(&defaults))
            .map(|knob| format!("{}={}", knob.key, (knob.get)(&self)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(","))
    }

    /// Reads a `knobs=` value; unknown keys and values that are not a choice are reported and
    /// left at their defaults.
    pub fn from_param(param: &str, defaults: Knobs) -> (Knobs, Vec<String>) {
        let mut knobs = defaults;
        let mut problems = Vec::new();
        for part in param
            .split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
        {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let Some(knob) = KNOBS.iter().find(|knob| knob.key == key) else {
                problems.push(format!("Ignored knobs {key}: there is no such slider."));
                continue;
            };
            match value.parse::<u32>() {
                Ok(v) if knob.choices.contains(&v) => (knob.set)(&mut knobs, v),
                _ => problems.push(format!(
                    "Ignored knobs {key}={value}: expected one of {}.",
                    knob.choices
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
        (knobs, problems)
    }

    pub fn file_bytes(self) -> u64 {
        u64::from(self.file_mib) * 1024 * 1024
    }
}

/// A scenario of the lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub id: &'static str,
    pub title: &'static str,
    /// What to look for, one or two sentences.
    pub explanation: &'static str,
    /// Which sliders change something in this scenario.
    pub uses: &'static [&'static str],
    /// The client hangs up after this share of the file, percent (0: never), unless the
    /// slider says otherwise.
    pub hangup_pct: u32,
    template: &'static str,
}

const HEAD: &str = "const http = require('http');\nconst fs = require('fs');\n";

pub const SCENARIOS: [Scenario; 6] = [
    Scenario {
        id: "read-file",
        title: "fs.readFile, then res.end(data)",
        explanation: "The whole file is read into one Buffer before a byte is sent: memory jumps to the file's size at once. Drag the file size past the heap limit and the process dies.",
        uses: &["file", "disk", "net", "heap"],
        hangup_pct: 0,
        template: "{HEAD}
http.createServer((req, res) => {
  // One Buffer as big as the file, alive until it is sent.
  fs.readFile('{FILE}', (err, data) => {
    if (err) {
      res.statusCode = 500;
      return res.end(err.message);
    }
    res.end(data);
  });
}).listen(3000);
",
    },
    Scenario {
        id: "no-backpressure",
        title: "on('data') + write(), ignoring backpressure",
        explanation: "write() returns false once res holds 16 KiB, but nobody listens: the disk is faster than the network, so res buffers almost the whole file. Memory grows with the file.",
        uses: &["file", "hwm", "disk", "net", "heap"],
        hangup_pct: 0,
        template: "{HEAD}
http.createServer((req, res) => {
  const file = fs.createReadStream('{FILE}', { highWaterMark: {HWM} });
  file.on('data', (chunk) => {
    res.write(chunk); // returns false when res is full, but nothing waits for 'drain'
  });
  file.on('end', () => res.end());
}).listen(3000);
",
    },
    Scenario {
        id: "pipe",
        title: ".pipe(): backpressure",
        explanation: "pipe() pauses the file stream when res.write() returns false and resumes it on 'drain': at most about one chunk waits in each buffer, so memory stays flat whatever the file size.",
        uses: &["file", "hwm", "disk", "net", "heap"],
        hangup_pct: 0,
        template: "{HEAD}
http.createServer((req, res) => {
  const file = fs.createReadStream('{FILE}', { highWaterMark: {HWM} });
  file.pipe(res); // pauses the file while res is full, resumes it on 'drain'
}).listen(3000);
",
    },
    Scenario {
        id: "pipeline-gzip",
        title: "pipeline() with gzip",
        explanation: "Three stages, each with its own buffer and highWaterMark; gzip's work runs on the threadpool. Backpressure travels from the client back to the disk, and fewer bytes cross the network.",
        uses: &["file", "hwm", "disk", "net", "gzip", "heap"],
        hangup_pct: 0,
        template: "{HEAD}const zlib = require('zlib');
const { pipeline } = require('stream');

http.createServer((req, res) => {
  res.setHeader('Content-Encoding', 'gzip');
  pipeline(
    fs.createReadStream('{FILE}', { highWaterMark: {HWM} }),
    zlib.createGzip(),
    res,
    (err) => {
      if (err) console.error('pipeline failed:', err.message);
      else console.log('pipeline done');
    },
  );
}).listen(3000);
",
    },
    Scenario {
        id: "disconnect-pipe",
        title: "Client disconnects: .pipe() leaks",
        explanation: "The client hangs up a third of the way through. pipe() unpipes, but nothing destroys the file stream: it stays paused and open, holding its buffer and its file descriptor.",
        uses: &["file", "hwm", "disk", "net", "heap"],
        hangup_pct: 30,
        template: "{HEAD}
http.createServer((req, res) => {
  const file = fs.createReadStream('{FILE}', { highWaterMark: {HWM} });
  file.pipe(res);
  res.on('close', () => console.log('res closed; file destroyed?', file.destroyed));
  process.on('exit', () => {
    console.log('at exit: file destroyed?', file.destroyed, '- still buffering', file.readableLength, 'bytes');
  });
}).listen(3000);
",
    },
    Scenario {
        id: "disconnect-pipeline",
        title: "Client disconnects: pipeline() cleans up",
        explanation: "The same hang-up with pipeline(): every stream is destroyed, the file is closed, the buffers are freed, and the callback gets the error (ERR_STREAM_PREMATURE_CLOSE).",
        uses: &["file", "hwm", "disk", "net", "heap"],
        hangup_pct: 30,
        template: "{HEAD}const { pipeline } = require('stream');

http.createServer((req, res) => {
  const file = fs.createReadStream('{FILE}', { highWaterMark: {HWM} });
  pipeline(file, res, (err) => {
    console.log('pipeline callback:', err ? err.code : 'done');
    console.log('file destroyed?', file.destroyed);
  });
}).listen(3000);
",
    },
];

pub fn find(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|scenario| scenario.id == id)
}

pub fn default_scenario() -> &'static Scenario {
    &SCENARIOS[2]
}

/// `64 * 1024` for a KiB count, as people write highWaterMarks.
fn hwm_expression(kib: u32) -> String {
    if kib >= 1024 && kib.is_multiple_of(1024) {
        format!("{} * 1024 * 1024", kib / 1024)
    } else {
        format!("{kib} * 1024")
    }
}

impl Scenario {
    /// The program for these knobs.
    pub fn code(&self, knobs: Knobs) -> String {
        self.template
            .replace("{HEAD}", HEAD)
            .replace("{FILE}", FILE_PATH)
            .replace("{HWM}", &hwm_expression(knobs.hwm_kib))
    }

    /// Whether `code` is this scenario's program for some knobs (then the sliders drive it).
    pub fn matches(&self, code: &str, knobs: Knobs) -> bool {
        self.code(knobs) == code
    }
}

/// What a scenario's run is simulated with: the engine's defaults plus the virtual file, the
/// modelled world of the sliders and budgets sized for a browser tab.
pub fn options(knobs: Knobs) -> Options {
    let defaults = Options::default();
    let file_bytes = knobs.file_bytes();
    Options {
        files: vec![VirtualFile {
            path: FILE_PATH.to_string(),
            content: Vec::new(),
            size: Some(file_bytes),
        }],
        heap_limit_bytes: u64::from(knobs.heap_mib) * 1024 * 1024,
        max_instructions: 400_000_000,
        max_callbacks: 200_000,
        max_time_ms: 30 * 60 * 1000,
        record_trace: true,
        model: Model {
            disk_bytes_per_sec: Some(f64::from(knobs.disk_mbps) * 1e6),
            gzip: Some(GzipModel {
                ratio: GZIP_RATIO,
                compress_ns_per_byte: f64::from(knobs.gzip_ns),
                decompress_ns_per_byte: 3.0,
            }),
            clients: Some(vec![SimClient {
                bandwidth: f64::from(knobs.net_kbps) * 1e3,
                disconnect_after_bytes: (knobs.hangup_pct > 0)
                    .then(|| (file_bytes as f64 * f64::from(knobs.hangup_pct) / 100.0).round()),
                ..SimClient::default()
            }]),
        },
        ..defaults
    }
}

/// The modelled compression ratio (gzip on log-like text).
pub const GZIP_RATIO: f64 = 0.25;

/// One line that says what is modelled, shown under the code.
pub fn modelled_world(knobs: Knobs, scenario: Option<&Scenario>) -> String {
    let mut parts = vec![
        format!("{FILE_PATH} is a {} MiB virtual file", knobs.file_mib),
        format!("disk {} MB/s", knobs.disk_mbps),
        format!("one client reading at {}", show_kbps(knobs.net_kbps)),
    ];
    if knobs.hangup_pct > 0 {
        parts.push(format!(
            "hanging up after {}% of the file",
            knobs.hangup_pct
        ));
    }
    if scenario.is_none_or(|scenario| scenario.uses.contains(&"gzip")) {
        parts.push(format!(
            "gzip {} ns/byte, ratio {GZIP_RATIO}",
            knobs.gzip_ns
        ));
    }
    parts.push(format!("heap limit {} MiB", knobs.heap_mib));
    format!("Modelled: {}.", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knobs_round_trip_through_a_link_and_reject_what_is_not_a_choice() {
        let knobs = Knobs {
            file_mib: 64,
            heap_mib: 16,
            ..Knobs::default()
        };
        let defaults = Knobs::default();
        assert_eq!(knobs.to_param(defaults).as_deref(), Some("file=64,heap=16"));
        assert_eq!(
            Knobs::from_param("file=64,heap=16", defaults),
            (knobs, vec![])
        );
        assert_eq!(Knobs::default().to_param(defaults), None);
        let (parsed, problems) = Knobs::from_param("file=3,colour=red,net=100", defaults);
        assert_eq!(
            parsed,
            Knobs {
                net_kbps: 100,
                ..Knobs::default()
            }
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        // A disconnect scenario hangs up by default, so its links need not say so.
        let leaky = Knobs::defaults_for(find("disconnect-pipe").unwrap());
        assert_eq!(leaky.hangup_pct, 30);
        assert_eq!(leaky.to_param(leaky), None);
        assert_eq!(Knobs::from_param("hangup=0", leaky).0.hangup_pct, 0);
    }

    #[test]
    fn every_default_is_one_of_its_choices() {
        let defaults = Knobs::default();
        for knob in &KNOBS {
            assert!(
                knob.choices.contains(&(knob.get)(&defaults)),
                "{}",
                knob.key
            );
        }
    }

    #[test]
    fn the_code_follows_the_high_water_mark_and_is_recognised() {
        let scenario = find("pipe").unwrap();
        let code = scenario.code(Knobs {
            hwm_kib: 16,
            ..Knobs::default()
        });
        assert!(code.contains("{ highWaterMark: 16 * 1024 }"), "{code}");
        assert!(code.contains("fs.createReadStream('/data/big.log'"));
        assert!(scenario.matches(
            &code,
            Knobs {
                hwm_kib: 16,
                ..Knobs::default()
            }
        ));
        assert!(!scenario.matches(&code, Knobs::default()));
        assert!(find("pipeline-gzip")
            .unwrap()
            .code(Knobs {
                hwm_kib: 1024,
                ..Knobs::default()
            })
            .contains("1 * 1024 * 1024"));
        assert!(!find("read-file")
            .unwrap()
            .code(Knobs::default())
            .contains("{H"));
    }

    #[test]
    fn options_carry_the_file_the_heap_limit_and_the_modelled_world() {
        let knobs = Knobs {
            file_mib: 2,
            net_kbps: 500,
            hangup_pct: 50,
            ..Knobs::default()
        };
        let options = options(knobs);
        assert_eq!(options.files[0].size, Some(2 * 1024 * 1024));
        assert_eq!(options.heap_limit_bytes, 32 * 1024 * 1024);
        let client = &options.model.clients.as_ref().unwrap()[0];
        assert_eq!(client.bandwidth, 500e3);
        assert_eq!(client.disconnect_after_bytes, Some(1024.0 * 1024.0));
        assert!(modelled_world(knobs, find("disconnect-pipe")).contains("hanging up after 50%"));
        assert_eq!(
            super::options(Knobs::default()).model.clients.unwrap()[0].disconnect_after_bytes,
            None
        );
    }
}
