// process.exit(code) inside a worker ends only the worker; 'exit' reports the code.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('bye');
  process.exit(3);
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (c) => {
  console.log('worker exit code', c);
  console.log('main still alive');
});
