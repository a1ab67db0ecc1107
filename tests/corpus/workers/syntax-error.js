// A syntax error in the worker's code arrives as an 'error' event with a SyntaxError.
const { Worker } = require('worker_threads');
const w = new Worker(`const x = ;`, { eval: true });
w.on('error', (e) => console.log('error:', e.name, e instanceof SyntaxError));
w.on('exit', (code) => console.log('exit', code));
