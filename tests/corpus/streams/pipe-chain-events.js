// Events along src.pipe(transform).pipe(dest).
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const src=new Readable({read(){}});
const t=new Transform({transform(c,e,cb){cb(null,c)}});
const w=new Writable({write(c,e,cb){cb()}});
ev('t',t,['end','finish','close']);
ev('w',w,['finish','close']);
src.pipe(t).pipe(w);
src.push('q');
src.push(null);
