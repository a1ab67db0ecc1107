// Without a transferList the buffer is copied: both sides then hold independent bytes.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (buf) => {
    const v = new Uint8Array(buf);
    v[0] = 255;
    parentPort.postMessage(Array.from(v));
  });
`, { eval: true });
const buf = new ArrayBuffer(3);
new Uint8Array(buf).set([1, 2, 3]);
w.postMessage(buf);
console.log('copied, still usable here:', buf.byteLength);
w.once('message', (arr) => {
  console.log('worker changed its copy:', arr);
  console.log('ours unchanged:', Array.from(new Uint8Array(buf)));
  w.terminate().then((c) => console.log('terminated', c));
});
