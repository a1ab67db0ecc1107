// One source piped into two PassThroughs, one with a tiny highWaterMark.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const src=new Readable({read(){}});
const a=new PassThrough(), b=new PassThrough({highWaterMark:1});
src.pipe(a);
src.pipe(b);
ev('src',src,['pause','resume']);
for(let i=0;i<5;i++) src.push('z'+i);
setImmediate(()=>{L('a len',a.readableLength,'b len',b.readableLength, b.writableLength, src.readableLength); b.resume(); setImmediate(()=>L('after b resume src',src.readableLength,'a',a.readableLength))});
