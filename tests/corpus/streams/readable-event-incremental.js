// 'readable' events while data trickles in.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({read(){}});
r.push('a');
r.on('readable',()=>{L('readable',r.readableLength); const x=r.read(); L('read',x&&String(x));});
setImmediate(()=>{r.push('b'); setImmediate(()=>{r.push(null)})});
ev('r',r,['end','close']);
