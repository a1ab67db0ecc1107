// Transferring a typed array's buffer empties every view over it in the sender.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ view }) => {
    let sum = 0;
    for (const x of view) sum += x;
    parentPort.postMessage({ type: view.constructor.name, length: view.length, sum });
  });
`, { eval: true });
const view = new Float64Array([1.5, 2.5, 3, 4]);
const other = new Uint8Array(view.buffer);
console.log('before:', view.length, other.length, view.buffer.byteLength);
w.postMessage({ view }, [view.buffer]);
console.log('after:', view.length, other.length, view.buffer.byteLength);
w.on('message', (m) => { console.log('worker saw', m); w.terminate(); });
