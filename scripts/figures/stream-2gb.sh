#!/usr/bin/env bash
# Prints the figure "simulation time for streaming a 2 GB virtual file with 64 KiB chunks" for
# README.md: how long the native engine (target/release/nodescope, built if missing) takes to run
# a program that pipes fs.createReadStream() of a 2 GiB virtual file (64 KiB reads, never
# materialised) into a Writable, with and without recording the trace. Also prints what the
# program saw: bytes, chunks and the simulated time the stream took.
#
#   scripts/figures/stream-2gb.sh [SIZE_BYTES]     # default 2147483648 (2 GiB)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size=${1:-2147483648}
bin="$root/target/release/nodescope"
if [ ! -x "$bin" ]; then
  (cd "$root" && cargo build --release -p nodescope-cli >&2)
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/stream.js" <<'JS'
const fs = require('fs');
const { Writable, pipeline } = require('stream');
let bytes = 0;
let chunks = 0;
const started = performance.now();
pipeline(
  fs.createReadStream('/data/big.bin'),
  new Writable({ write(chunk, encoding, callback) { bytes += chunk.length; chunks++; callback(); } }),
  (err) => {
    const ms = performance.now() - started;
    console.log(`${err ? err.message : 'ok'}: ${bytes} bytes in ${chunks} chunks, ${ms.toFixed(1)} ms of simulated time`);
  },
);
JS
# Budgets high enough for 32768 chunks; the defaults stop runaway programs sooner.
limits=(--max-instructions 100000000000 --max-callbacks 100000000 --big-file "/data/big.bin=$size")
TIMEFORMAT='wall %R s, cpu %U s'
echo "streaming a $size-byte virtual file in 64 KiB chunks (native, release):"
echo "run (no trace):"
time "$bin" run "${limits[@]}" "$tmp/stream.js"
echo "trace (every event recorded and printed as JSON to a file):"
time { "$bin" trace "${limits[@]}" "$tmp/stream.js" > "$tmp/events.jsonl"; }
echo "events $(wc -l < "$tmp/events.jsonl")"
