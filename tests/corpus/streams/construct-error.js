// _construct failing.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({construct(cb){setImmediate(()=>cb(new Error('ctor')))},read(){L('read')}});
ev('r',r);
r.resume();
