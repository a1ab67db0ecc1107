// process.on('exit') runs inside the worker when it ends; its message still reaches the parent first.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => parentPort.postMessage('worker exiting with ' + code));
  parentPort.postMessage('working');
  process.exit(4);
`, { eval: true });
w.on('message', (m) => console.log('message:', m));
w.on('exit', (code) => console.log('exit:', code));
