// stream/promises pipeline aborted through an AbortSignal.
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

const {pipeline:pp}=require('stream/promises');
const ac=new AbortController();
const r=new Readable({read(){}});
const w=new Writable({write(c,e,cb){cb()}});
pp(r,w,{signal:ac.signal}).then(()=>L('resolved'),(e)=>L('rejected',e.name,e.code,e.message));
setImmediate(()=>ac.abort());
ev('r',r,['close','error']);
