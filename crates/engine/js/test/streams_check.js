// Checks nodescope's events/stream modules (crates/engine/js/lib) under real node.
//
// Every program in tests/corpus/streams/*.js and tests/corpus/events/*.js runs twice with
// real node: once as is, once with `require('events' | 'stream' | 'stream/promises')`
// redirected to our implementations (test/streams/redirect.js). stdout, stderr and the exit
// code must be identical. A third run with a stand-in trace() installed must print the same
// (instrumentation is side-effect free). The plain run is also compared with the recorded fixtures
// (<name>.stdout/.stderr/.exit) when they exist, which catches non-deterministic programs.
//
// Usage: node crates/engine/js/test/streams_check.js [-v] [--fuzz N] [name-filter...]
//
// --fuzz N also runs seeds 1..N of the random programs streams/fuzz_readable.js,
// streams/fuzz_writable.js and streams/fuzz_pipeline.js under node and under our modules,
// and compares their logs.
//
// Written to run both as CommonJS and as an ES module (the repository's package.json says
// "type": "module"), hence the dynamic imports and no __dirname.
(async () => {
const { spawnSync } = await import('node:child_process');
const fs = await import('node:fs');
const path = await import('node:path');

const here = path.dirname(fs.realpathSync(process.argv[1]));
const root = path.resolve(here, '..', '..', '..', '..');
const redirect = path.join(here, 'streams', 'redirect.js');
const dirs = ['streams', 'events'].map((d) => path.join(root, 'tests', 'corpus', d));

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const fuzzAt = args.indexOf('--fuzz');
const fuzzSeeds = fuzzAt === -1 ? 0 : Number(args[fuzzAt + 1]);
const filters = args.filter((a, i) => a !== '-v' && a !== '--fuzz' && !(fuzzAt !== -1 && i === fuzzAt + 1));

function run(file, preload, fakeTrace) {
  const argv = preload ? ['-r', redirect, path.basename(file)] : [path.basename(file)];
  const env = { ...process.env };
  delete env.NODE_NO_WARNINGS;
  delete env.NODE_OPTIONS;
  if (fakeTrace) env.NODESCOPE_FAKE_TRACE = '1';
  const r = spawnSync(process.execPath, argv, {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 20000,
    env,
  });
  // As scripts/record-corpus does: the program's directory becomes /corpus, pids become PID.
  const dir = path.dirname(file);
  const norm = (s) => (s || '').split(dir).join('/corpus').replace(/^\(node:\d+\)/gm, '(node:PID)');
  return { stdout: norm(r.stdout), stderr: norm(r.stderr), exit: r.status === null ? `signal ${r.signal}` : r.status };
}

function firstDiff(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n      node: ${JSON.stringify(la[i])}\n      ours: ${JSON.stringify(lb[i])}`;
  }
  return '';
}

let passed = 0;
let failed = 0;
const failures = [];
for (const dir of dirs) {
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const file = path.join(dir, name);
    const label = `${path.basename(dir)}/${name}`;
    if (filters.length && !filters.some((f) => label.includes(f))) continue;
    const real = run(file, false, false);
    const ours = run(file, true, false);
    const problems = [];
    for (const k of ['stdout', 'stderr', 'exit']) {
      if (real[k] !== ours[k]) {
        problems.push(`${k} differs` + (typeof real[k] === 'string' ? ` at ${firstDiff(real[k], ours[k])}` : `: node ${real[k]}, ours ${ours[k]}`));
      }
    }
    // Once more with tracing on: instrumentation must not change anything.
    if (problems.length === 0) {
      const traced = run(file, true, true);
      for (const k of ['stdout', 'stderr', 'exit']) {
        if (traced[k] !== ours[k]) {
          problems.push(`with tracing on, ${k} differs` + (typeof ours[k] === 'string' ? ` at ${firstDiff(ours[k], traced[k])}` : ''));
        }
      }
    }
    const base = file.slice(0, -3);
    for (const k of ['stdout', 'stderr', 'exit']) {
      const rec = `${base}.${k}`;
      if (!fs.existsSync(rec)) continue;
      let want = fs.readFileSync(rec, 'utf8');
      let got = String(real[k]);
      if (k === 'exit') { want = want.trim(); got = got.trim(); }
      if (want !== got) problems.push(`recorded ${k} differs from a fresh node run (non-deterministic program?)`);
    }
    if (problems.length === 0) {
      passed++;
      if (verbose) console.log(`ok   ${label}`);
    } else {
      failed++;
      failures.push(label);
      console.log(`FAIL ${label}`);
      for (const p of problems) console.log(`    ${p}`);
    }
  }
}
if (fuzzSeeds > 0) {
  for (const name of ['fuzz_readable.js', 'fuzz_writable.js', 'fuzz_pipeline.js']) {
    const file = path.join(here, 'streams', name);
    let bad = 0;
    for (let seed = 1; seed <= fuzzSeeds; seed++) {
      const argv = (pre) => (pre ? ['-r', redirect, file, String(seed)] : [file, String(seed)]);
      const a = spawnSync(process.execPath, argv(false), { encoding: 'utf8', timeout: 20000 });
      const b = spawnSync(process.execPath, argv(true), { encoding: 'utf8', timeout: 20000 });
      if (a.stdout !== b.stdout || a.status !== b.status) {
        bad++;
        console.log(`FAIL fuzz ${name} ${seed} at ${firstDiff(a.stdout || '', b.stdout || '')}`);
      }
    }
    if (bad) failed++;
    else passed++;
    console.log(`fuzz ${name}: ${fuzzSeeds - bad}/${fuzzSeeds} seeds identical`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
})();
