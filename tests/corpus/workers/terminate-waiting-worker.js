// terminate() also stops a worker blocked in Atomics.wait.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  parentPort.postMessage('about to wait forever');
  Atomics.wait(new Int32Array(workerData), 0, 0);
  parentPort.postMessage('never');
`, { eval: true, workerData: sab });
w.on('message', async (m) => {
  console.log(m);
  console.log('terminated with', await w.terminate());
});
