// Terminating right away: the worker never comes online; 'exit' reports 1.
const { Worker } = require('worker_threads');
const w = new Worker(`require('worker_threads').parentPort.postMessage('ran');`, { eval: true });
w.on('online', () => console.log('online (not expected)'));
w.on('message', (m) => console.log('message (not expected)', m));
w.on('exit', (code) => console.log('exit', code));
w.terminate().then((code) => console.log('terminate resolved', code));
console.log('terminate called');
