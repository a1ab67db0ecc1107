// allowHalfOpen: false ends the writable side after 'end'.
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

const d=new Duplex({allowHalfOpen:false,read(){},write(c,e,cb){L('write',String(c));cb()},final(cb){L('final');cb()}});
ev('d',d,['end','finish','close','prefinish']);
d.resume();
d.push('a');
d.push(null);
T('m',4);
