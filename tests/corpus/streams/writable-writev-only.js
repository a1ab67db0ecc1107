// A Writable with only writev: every write goes through _writev.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const w=new Writable({writev(cs,cb){L('_writev',cs.map(c=>String(c.chunk)));cb()}});
w.write('a');
w.write('b');
w.write('c');
w.end();
ev('w',w,['finish']);
