// PassThrough: order of 'finish', 'end' and 'close' against nextTicks.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const p=new PassThrough();
p.end('x');
p.on('end',()=>L('end'));
p.on('finish',()=>L('finish'));
p.on('close',()=>L('close'));
p.resume();
T('m',4);
