// writableNeedDrain before and after destroy().
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const w=new Writable({highWaterMark:3,write(c,e,cb){setImmediate(cb)}});
ev('w',w,['drain','finish']);
L(w.write('abc'), w.writableNeedDrain);
w.destroy();
L('needDrain after destroy', w.writableNeedDrain);
