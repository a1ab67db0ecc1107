// pause() right after adding a data listener.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const r=new Readable({read(){}});
r.push('abc');
r.push(null);
r.on('end',()=>L('end'));
r.on('data',d=>L('data',String(d)));
r.pause();
setImmediate(()=>{L('flowing',r.readableFlowing); r.resume()});
