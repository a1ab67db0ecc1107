// pipeline() with streams that never emit close.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({emitClose:false,read(){}});
const w=new Writable({emitClose:false,write(c,e,cb){cb()}});
pipeline(r,w,(e)=>L('done',e));
r.push('a');
r.push(null);
ev('w',w,['finish','close']);
