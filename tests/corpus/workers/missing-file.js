// A worker whose file does not exist fails asynchronously with an 'error' event (MODULE_NOT_FOUND).
const { Worker } = require('worker_threads');
const w = new Worker('./does-not-exist.js');
console.log('constructor returned');
w.on('error', (e) => console.log('error:', e.code));
w.on('exit', (code) => console.log('exit', code));
