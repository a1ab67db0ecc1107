// Atomics.notify(ta, i, count) wakes at most count waiters and returns how many it woke.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const ia = new Int32Array(sab);
const src = `
  const { workerData, parentPort } = require('worker_threads');
  const ia = new Int32Array(workerData);
  Atomics.add(ia, 1, 1);           // count myself as waiting
  const r = Atomics.wait(ia, 0, 0, 500);
  parentPort.postMessage(r);
`;
const results = [];
let exited = 0;
for (let i = 0; i < 3; i++) {
  const w = new Worker(src, { eval: true, workerData: sab });
  w.on('message', (r) => results.push(r));
  w.on('exit', () => {
    if (++exited === 3) console.log('results:', results.sort());
  });
}
const poll = setInterval(() => {
  if (Atomics.load(ia, 1) === 3) {
    clearInterval(poll);
    setTimeout(() => {
      console.log('woke', Atomics.notify(ia, 0, 2), 'of 3');
    }, 50);
  }
}, 5);
