// push() from inside a data handler.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({read(){}});
let i=0;
r.on('data',d=>{L('data',String(d)); if(i++<2) r.push('inner'+i)});
r.push('outer');
ev('r',r,['end']);
setImmediate(()=>r.push(null));
