// A worker's console.log goes through the parent; sequencing it by messages keeps output ordered.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    console.log('worker handles', n);
    parentPort.postMessage(n + 1);
  });
`, { eval: true });
w.on('message', (n) => {
  console.log('main got', n);
  if (n < 3) setTimeout(() => w.postMessage(n), 50);
  else w.terminate();
});
setTimeout(() => w.postMessage(0), 100);
