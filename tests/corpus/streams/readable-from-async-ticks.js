// Readable.from(async generator): data events against nextTicks and microtasks.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const EE = require('events');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const M = (l, n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => L(l, 'micro' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe', 'readable']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

async function* g(){L('gen start'); yield 1; L('gen after 1'); yield 2; L('gen end');} const r=Readable.from(g());
r.on('data',d=>L('data',d));
ev('r',r,['end','close']);
T('m',3);
M('m',6);
