// Two workers increment a shared counter: Atomics.add never loses an update.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const counter = new Int32Array(sab);
const src = `
  const { workerData } = require('worker_threads');
  const c = new Int32Array(workerData);
  for (let i = 0; i < 50000; i++) Atomics.add(c, 0, 1);
`;
let exited = 0;
for (let i = 0; i < 2; i++) {
  const w = new Worker(src, { eval: true, workerData: sab });
  w.on('exit', () => {
    if (++exited === 2) console.log('counter =', Atomics.load(counter, 0));
  });
}
