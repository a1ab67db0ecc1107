// A Transform with readableHighWaterMark 0.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const t=new Transform({readableHighWaterMark:0,transform(c,e,cb){L('transform',String(c));cb(null,c)}});
ev('t',t);
L(t.readableHighWaterMark,t.writableHighWaterMark);
L(t.write('a'),t.write('b'));
t.on('data',d=>L('data',String(d)));
t.end();
