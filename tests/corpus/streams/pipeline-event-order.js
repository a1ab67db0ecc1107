// Order of end/finish/close across a successful pipeline.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const src=Readable.from(['a','b']);
const p=new PassThrough();
const w=new Writable({write(c,e,cb){cb()}});
ev('src',src,['end','close']);
ev('p',p,['end','finish','close']);
ev('w',w,['finish','close']);
pipeline(src,p,w,(e)=>L('done',e));
