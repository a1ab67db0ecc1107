// A Buffer sent to a worker arrives as a plain Uint8Array: Buffer's prototype does not travel.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (data) => {
    parentPort.postMessage({
      isBuffer: Buffer.isBuffer(data),
      type: Object.prototype.toString.call(data),
      text: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString(),
    });
  });
`, { eval: true });
w.postMessage(Buffer.from('héllo'));
w.once('message', (m) => {
  console.log(m);
  console.log('structuredClone too:', structuredClone(Buffer.from('ab')));
});
