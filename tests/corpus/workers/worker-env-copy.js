// A worker gets a copy of process.env: its changes stay in the worker.
const { Worker } = require('worker_threads');
process.env.MODE = 'main';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const before = process.env.MODE;
  process.env.MODE = 'changed in worker';
  parentPort.postMessage({ before, after: process.env.MODE });
`, { eval: true });
w.on('message', (m) => {
  console.log('worker:', m);
  console.log('main still sees:', process.env.MODE);
});
