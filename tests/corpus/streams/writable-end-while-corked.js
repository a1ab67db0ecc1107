// end(chunk) on a corked writable with _writev.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const w=new Writable({write(c,e,cb){L('_write',String(c));cb()}, writev(cs,cb){L('_writev',cs.length);cb()}});
ev('w',w);
w.cork();
w.write('a');
w.end('b');
