// Atomics.wait with a timeout in a worker: 'timed-out' when nobody notifies, 'not-equal' at once.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const ia = new Int32Array(workerData);
  const results = [Atomics.wait(ia, 0, 0, 30), Atomics.wait(ia, 0, 5, 30)];
  parentPort.postMessage(results);
`, { eval: true, workerData: sab });
w.on('message', (r) => console.log(r));
