// events.on() iterator: buffered events and microtask interleaving.
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

const e=new EE();
(async()=>{for await (const [v] of EE.on(e,'x')){L('got',v); if(v===3) break;} L('loop done')})();
e.emit('x',1);
L('emitted 1');
e.emit('x',2);
M('m',4);
setImmediate(()=>e.emit('x',3));
