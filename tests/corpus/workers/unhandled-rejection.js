// An unhandled promise rejection in a worker ends it like an uncaught exception.
const { Worker } = require('worker_threads');
const w = new Worker(`Promise.reject(new Error('async failure'));`, { eval: true });
w.on('error', (e) => console.log('error:', e.message));
w.on('exit', (code) => console.log('exit', code));
