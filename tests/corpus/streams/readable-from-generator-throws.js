// Readable.from over a generator that throws.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=Readable.from((function*(){yield 'a'; throw new Error('gen err')})());
ev('r',r,['end','close','error']);
r.on('data',d=>L('data',d));
