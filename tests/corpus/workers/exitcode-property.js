// process.exitCode in a worker becomes the code of its 'exit' event once its loop drains.
const { Worker } = require('worker_threads');
const w = new Worker(`
  process.exitCode = 7;
  setTimeout(() => {}, 5);
`, { eval: true });
w.on('exit', (code) => console.log('worker exit code:', code));
process.on('exit', (code) => console.log('main exit code:', code));
