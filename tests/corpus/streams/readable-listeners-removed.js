// Removing every 'readable' listener with a 'data' listener added.
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
const h1=()=>L('r1'), h2=()=>{L('r2', String(r.read()))};
r.on('readable',h1);
r.on('readable',h2);
r.push('a');
setImmediate(()=>{r.off('readable',h1); r.off('readable',h2); r.on('data',d=>L('data',String(d))); r.push('b'); process.nextTick(()=>L('flowing',r.readableFlowing))});
