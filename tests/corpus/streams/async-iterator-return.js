// Calling return() on a Readable async iterator.
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
r.push('a');
const it=r[Symbol.asyncIterator]();
it.next().then(v=>L('next1',String(v.value),v.done));
it.return().then(v=>L('return',v));
it.next().then(v=>L('next2',v));
ev('r',r,['close']);
