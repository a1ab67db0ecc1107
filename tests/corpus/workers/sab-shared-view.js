// A SharedArrayBuffer is shared, not copied: the worker's writes are visible to the main thread.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(16);
const bytes = new Uint8Array(sab);
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const view = new Uint8Array(workerData.sab);
  view.fill(workerData.value);
  parentPort.postMessage('filled');
`, { eval: true, workerData: { sab, value: 7 } });
w.on('message', () => {
  console.log('main sees', Array.from(bytes.subarray(0, 4)), 'byteLength', sab.byteLength);
  console.log('is the same buffer type:', sab instanceof SharedArrayBuffer);
});
