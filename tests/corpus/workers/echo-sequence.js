// Request/response with a worker: replies arrive in order; the worker exits when its port is closed.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    if (n === 'stop') return parentPort.close();
    parentPort.postMessage(n * n);
  });
`, { eval: true });
const replies = [];
w.on('message', (sq) => {
  replies.push(sq);
  if (replies.length === 4) {
    console.log('squares', replies);
    w.postMessage('stop');
  }
});
w.on('exit', (c) => console.log('worker exited', c));
for (const n of [1, 2, 3, 4]) w.postMessage(n);
