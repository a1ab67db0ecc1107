'use strict';
// Random chains of streams (pipe or pipeline, transforms, failures, early destroys),
// deterministic for a seed: node fuzz_pipeline.js SEED. Used by streams_check.js --fuzz.
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const seed = +process.argv[2];
let x = (seed * 2654435761) >>> 0 || 1;
const rnd = () => {
  x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
  return x / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const out = [];
const L = (...a) => out.push(a.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(' '));
process.on('exit', () => console.log(out.join('\n')));
const later = (fn) => {
  const k = pick(['sync', 'sync', 'tick', 'micro', 'immediate', 'immediate2']);
  if (k === 'sync') fn();
  else if (k === 'tick') process.nextTick(fn);
  else if (k === 'micro') queueMicrotask(fn);
  else if (k === 'immediate') setImmediate(fn);
  else setImmediate(() => setImmediate(fn));
};
const objectMode = rnd() < 0.4;
const show = (c) => (objectMode ? JSON.stringify(c) : String(c));
const chunk = (i) => (objectMode ? { i } : `c${i}`);
const hwm = () => (rnd() < 0.3 ? undefined : ri(1, 8));
const streams = [];
function watch(name, s) {
  streams.push([name, s]);
  for (const e of ['end', 'finish', 'close', 'error', 'pause', 'resume', 'drain', 'unpipe']) {
    s.on(e, (a) => L(name, e, (a && (a.code || a.message)) || ''));
  }
}

// source
const total = ri(0, 10);
const srcFail = rnd() < 0.15 ? ri(1, total + 1) : -1;
let n = 0;
let src;
const srcKind = pick(['readable', 'readable', 'from-array', 'from-gen']);
if (srcKind === 'readable') {
  src = new Readable({
    objectMode,
    highWaterMark: hwm(),
    read() {
      later(() => {
        n++;
        if (n === srcFail) return this.destroy(new Error('source failed'));
        this.push(n > total ? null : chunk(n));
      });
    },
  });
} else if (srcKind === 'from-array') {
  src = Readable.from(Array.from({ length: total }, (_, i) => chunk(i + 1)), { objectMode });
} else {
  src = Readable.from((function* gen() {
    for (let i = 1; i <= total; i++) {
      if (i === srcFail) throw new Error('generator failed');
      yield chunk(i);
    }
  })(), { objectMode });
}
watch('src', src);

// middle
const middles = [];
for (let m = 0, count = ri(0, 2); m < count; m++) {
  const failAt = rnd() < 0.15 ? ri(1, 6) : -1;
  let seen = 0;
  const t = rnd() < 0.3 ? new PassThrough({ objectMode, highWaterMark: hwm() }) : new Transform({
    objectMode,
    highWaterMark: hwm(),
    transform(c, e, cb) {
      seen++;
      later(() => cb(seen === failAt ? new Error(`t${m} failed`) : null, c));
    },
    flush: rnd() < 0.4 ? (cb) => later(() => cb(null, objectMode ? { tail: m } : `tail${m}`)) : undefined,
  });
  watch(`t${m}`, t);
  middles.push(t);
}

// sink
const sinkFail = rnd() < 0.25 ? ri(1, 6) : -1;
let writes = 0;
const sink = new Writable({
  objectMode,
  highWaterMark: hwm(),
  write(c, e, cb) {
    writes++;
    L('sink got', show(c), 'buffered', this.writableLength);
    const id = writes;
    later(() => cb(id === sinkFail ? new Error('sink failed') : null));
  },
});
watch('sink', sink);

const chain = [src, ...middles, sink];
const how = pick(['pipe', 'pipeline', 'pipeline', 'promises']);
L('seed', seed, 'objectMode', objectMode, 'source', srcKind, 'total', total, 'middles', middles.length, 'via', how);
for (const [name, s] of streams) if (how === 'pipe') s.on('error', () => L(name, 'error handled'));
if (how === 'pipe') {
  let s = src;
  for (const next of [...middles, sink]) s = s.pipe(next);
} else if (how === 'pipeline') {
  pipeline(...chain, (err) => {
    L('pipeline callback', err ? err.code || err.message : 'ok');
    L('destroyed', streams.map(([name, s]) => `${name}=${s.destroyed}`).join(' '));
  });
} else {
  require('stream/promises').pipeline(...chain).then(
    () => L('promise resolved'),
    (err) => L('promise rejected', err.code || err.message),
  );
}
if (rnd() < 0.2) {
  const [name, victim] = pick(streams);
  const err = rnd() < 0.5 ? new Error(`destroyed ${name}`) : undefined;
  let steps = ri(0, 4);
  const go = () => {
    if (steps-- > 0) return setImmediate(go);
    L('destroying', name, !!err);
    victim.destroy(err);
  };
  go();
}
process.nextTick(() => L('T1'));
setImmediate(() => L('I1'));
