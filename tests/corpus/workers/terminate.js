// worker.terminate() stops a busy worker; the promise resolves with exit code 1.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('started');
  while (true) {}
`, { eval: true });
w.once('message', async (m) => {
  console.log(m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (c) => console.log('exit event', c));
