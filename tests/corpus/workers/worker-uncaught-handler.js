// A worker's own process.on('uncaughtException') keeps it alive: no 'error' reaches the parent.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (err) => {
    parentPort.postMessage('handled inside the worker: ' + err.message);
  });
  setTimeout(() => { throw new Error('timer failed'); }, 1);
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error (not expected)', e.message));
w.on('exit', (code) => console.log('exit', code));
