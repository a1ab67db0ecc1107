// An asynchronous _flush pushing a tail chunk.
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

const t=new Transform({transform(c,e,cb){cb(null,c)},flush(cb){L('flush'); setImmediate(()=>{this.push('tail'); cb()})}});
ev('t',t,['end','finish','close','prefinish']);
t.on('data',d=>L('data',String(d)));
t.end('x');
