// postMessage to a worker that has exited is silently ignored.
const { Worker } = require('worker_threads');
const w = new Worker(`1 + 1`, { eval: true });
w.on('exit', (code) => {
  console.log('exit', code);
  w.postMessage('anyone there?');
  console.log('postMessage after exit did not throw');
});
