// unref() lets the process exit while the worker still works; ref() holds it open again.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('done after 100 ms'), 100);
`, { eval: true });
w.unref();
w.ref();
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('main timer at 10 ms'), 10);
