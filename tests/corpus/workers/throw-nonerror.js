// Throwing a non-Error value in a worker: the parent's 'error' receives the value itself.
const { Worker } = require('worker_threads');
const values = [`'just a string'`, `42`, `({ reason: 'object' })`];
let i = 0;
function next() {
  if (i === values.length) return;
  const w = new Worker(`throw ${values[i++]};`, { eval: true });
  w.on('error', (v) => console.log('error value:', typeof v, v));
  w.on('exit', (code) => { console.log('exit', code); next(); });
}
next();
