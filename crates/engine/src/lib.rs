//! nodescope's engine: runs a Node.js program on a deterministic simulation of Node v20's
//! runtime and records a trace of everything the runtime did.

pub mod trace;

use serde::{Deserialize, Serialize};
pub use trace::{Event, EventKind, Phase, Queue, Trace, TraceIndex, TraceState};

/// The Node.js version whose semantics are simulated.
pub const NODE_VERSION: &str = "v20.20.2";

/// The outcome of the main module's `setTimeout(cb, 0)` vs `setImmediate(cb)` race, which is
/// decided in real Node by whether 1 ms passed before the loop started.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Race {
    /// No extra time passes before the loop starts: a 1 ms timer set near the end of a short
    /// main module is not due yet, so immediates run first (the common outcome for small
    /// programs on this machine: 13 of 20 runs of real node v20).
    #[default]
    ImmediateFirst,
    /// 1 ms passes before the loop starts: due timers run first.
    TimeoutFirst,
}

/// A file in the virtual file system. `content` is what reads return; a file can also be
/// declared with a `size` larger than its content, in which case reads return filler bytes
/// without ever materialising the whole file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct VirtualFile {
    pub path: String,
    pub content: Vec<u8>,
    pub size: Option<u64>,
}

/// Parameters of one run.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Options {
    /// The absolute path the program runs as (`__filename`).
    pub filename: String,
    pub race: Race,
    pub seed: u64,
    /// Extra command-line arguments (`process.argv.slice(2)`).
    pub args: Vec<String>,
    pub files: Vec<VirtualFile>,
    /// JS instructions the whole run may execute before it is stopped.
    pub max_instructions: u64,
    /// Callbacks the whole run may execute before it is stopped.
    pub max_callbacks: u64,
    /// Simulated time after which the run is stopped, in ms.
    pub max_time_ms: u64,
    /// The heap limit, like `--max-old-space-size`, in bytes.
    pub heap_limit_bytes: u64,
    /// Record the trace (off makes `run` faster when only the output matters).
    pub record_trace: bool,
    /// The modelled world outside the program (disk and network speeds, compression, the
    /// simulated HTTP clients); `Model::default()` is every documented default.
    #[serde(default)]
    pub model: Model,
}

/// The parts of the world a run models rather than measures, as a lab's sliders set them.
/// Every `None` is the default the README documents. The builtin modules read this through
/// the `model()` native (as JSON with these field names).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Model {
    /// Disk throughput of fs reads and writes, in bytes per second (default 500 MB/s).
    pub disk_bytes_per_sec: Option<f64>,
    /// zlib's compression model (default: ratio 0.25, 10 ns per input byte to compress,
    /// 3 ns per output byte to decompress).
    pub gzip: Option<GzipModel>,
    /// The clients that connect to a listening `http`/`net` server (default: one `GET /` at
    /// 0 ms reading at 10 MB/s).
    pub clients: Option<Vec<SimClient>>,
}

/// How zlib's streams are modelled: compressed size and CPU cost on the threadpool.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct GzipModel {
    /// Compressed size over original size.
    pub ratio: f64,
    pub compress_ns_per_byte: f64,
    pub decompress_ns_per_byte: f64,
}

/// A simulated client of a listening server.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct SimClient {
    /// When it connects, in ms after the server starts listening.
    pub at_ms: f64,
    pub method: String,
    pub path: String,
    /// How fast it receives the response, in bytes per second.
    pub bandwidth: f64,
    /// It hangs up once it has received this many bytes of the response.
    pub disconnect_after_bytes: Option<f64>,
}

impl Default for SimClient {
    fn default() -> Self {
        SimClient {
            at_ms: 0.0,
            method: "GET".to_string(),
            path: "/".to_string(),
            bandwidth: 10_000_000.0,
            disconnect_after_bytes: None,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            filename: "/app/main.js".to_string(),
            race: Race::default(),
            seed: 1,
            args: Vec::new(),
            files: Vec::new(),
            max_instructions: 400_000_000,
            max_callbacks: 2_000_000,
            max_time_ms: 24 * 3600 * 1000,
            heap_limit_bytes: 4 * 1024 * 1024 * 1024,
            record_trace: true,
            model: Model::default(),
        }
    }
}

/// What a run printed and did.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    pub trace: Trace,
}

mod crypto_natives;
mod encoding_natives;
mod host;
mod modules;
mod natives;
mod runtime;
pub mod vfs;
mod workers;

/// Runs `source` as the main module of a simulated Node v20 process.
pub fn run(source: &str, options: &Options) -> RunResult {
    runtime::run(source, options)
}
