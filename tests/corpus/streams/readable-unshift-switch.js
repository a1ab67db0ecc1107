// unshift() in 'readable', then switching to 'data'.
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

const r=new Readable({read(){}});
r.push('hello world');
r.on('readable',function onr(){const c=r.read(); if(!c) return; L('read',String(c)); r.unshift(c.subarray(5)); r.removeListener('readable',onr); r.on('data',d=>L('data',String(d)))});
ev('r',r,['end']);
setImmediate(()=>r.push(null));
