// unpipe() and pipe() again.
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

const r=new Readable({read(){}});
const w=new PassThrough();
r.pipe(w);
w.on('data',d=>L('w data',String(d)));
r.push('1');
setImmediate(()=>{ r.unpipe(w); r.push('2'); setImmediate(()=>{ L('r flowing',r.readableFlowing, r.readableLength); r.pipe(w); setImmediate(()=>L('after repipe', r.readableLength)); }); });
