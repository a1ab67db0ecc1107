// An uncaught error in a worker emits 'error' (with the Error) in the main thread, then 'exit' 1.
const { Worker } = require('worker_threads');
const w = new Worker(`throw new RangeError('worker broke');`, { eval: true });
w.on('error', (e) => console.log('error event:', e.name, e.message, e instanceof Error));
w.on('exit', (c) => console.log('exit', c));
