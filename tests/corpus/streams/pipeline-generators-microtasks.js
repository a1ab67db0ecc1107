// pipeline() of async generators: interleaving with nextTicks and microtasks.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const EE = require('events');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const M = (l, n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => L(l, 'micro' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe', 'readable']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

pipeline(async function*(){L('src'); yield 'a'; yield 'b'}, async function*(s){for await (const c of s){L('t',c); yield c+c}}, new Writable({objectMode:true,write(c,e,cb){L('w',c);cb()}}), e=>L('done',e));
T('m',2);
M('m',5);
