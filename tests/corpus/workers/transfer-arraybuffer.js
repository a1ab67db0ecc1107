// Transferring an ArrayBuffer detaches it in the sender (byteLength 0); the receiver gets the bytes.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (buf) => {
    const view = new Uint8Array(buf);
    parentPort.postMessage({ received: buf.byteLength, first: view[0], last: view[view.length - 1] });
  });
`, { eval: true });
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([10, 1, 2, 3, 4, 5, 6, 99]);
w.postMessage(ab, [ab]);
console.log('sender byteLength after transfer:', ab.byteLength);
w.on('message', (m) => console.log(m));
