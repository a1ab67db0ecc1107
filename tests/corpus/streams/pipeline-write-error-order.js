// pipeline() with a destination whose first write fails: event order.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({read(){}});
const w=new Writable({write(c,e,cb){cb(new Error('wf'))}});
ev('r',r,['close','error','pause']);
ev('w',w,['close','error','unpipe']);
pipeline(r,w,e=>L('done',e.message));
r.push('a');
