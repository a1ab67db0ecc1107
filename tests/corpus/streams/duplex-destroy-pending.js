// Destroying a Duplex with writes in flight and queued: callbacks and events.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');

const L = (...a) => console.log(...a);
const T = (l, n) => {
  for (let i = 1; i <= n; i++) process.nextTick(() => L(l, 'tick' + i));
};
const ev = (name, s, evs = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'unpipe', 'pipe']) => {
  for (const e of evs) s.on(e, (x) => L(name, e, (x && x.code) || (x && x.message) || ''));
};

const d=new Duplex({read(){},write(c,e,cb){L('_write',String(c)); setImmediate(cb)}});
ev('d',d);
d.write('1',e=>L('cb1',e&&e.code));
d.write('2',e=>L('cb2',e&&e.code));
d.end(e=>L('endcb',e&&e.code));
d.destroy();
T('m',3);
