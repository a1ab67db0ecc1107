// process.exit() in the main thread ends every worker with it.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('started');
  setInterval(() => {}, 1000);
`, { eval: true });
w.on('message', (m) => {
  console.log('worker says', m);
  process.exit(0);
});
w.on('exit', () => console.log('worker exit (not printed: the process is gone)'));
process.on('exit', (code) => console.log('process exit', code));
