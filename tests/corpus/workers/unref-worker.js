// An unref()'d worker does not keep the process alive: main exits while the worker still runs.
const { Worker } = require('worker_threads');
const w = new Worker(`setInterval(() => {}, 1000);`, { eval: true });
w.unref();
w.on('exit', (code) => console.log('worker exit (never printed)', code));
process.on('exit', (code) => console.log('process exit', code));
console.log('main done');
