// Readable.from piped into a slow objectMode writable.
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

const r=Readable.from(['a','b','c']);
const w=new Writable({objectMode:true,highWaterMark:1,write(c,e,cb){L('w',c); setImmediate(cb)}});
ev('r',r,['pause','resume','end','close']);
ev('w',w,['drain','finish','close']);
r.pipe(w);
