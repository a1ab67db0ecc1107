// finished() on a Duplex waits for both sides.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const d=new Duplex({read(){},write(c,e,cb){cb()}});
finished(d,(err)=>L('finished',err&&err.code));
d.end();
setImmediate(()=>{L('pushing null'); d.push(null); d.resume();});
