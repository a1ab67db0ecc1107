// A worker created from an eval'd string posts a message; the main thread gets 'message', then 'exit' 0 ('online' vs 'message' is racy).
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage({ hello: 'from worker', sum: 1 + 2 });
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => console.log('exit', code));
console.log('main continues synchronously');
