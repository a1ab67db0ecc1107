// With no 'error' listener, a worker's uncaught exception is rethrown in the main thread.
const { Worker } = require('worker_threads');
process.on('uncaughtException', (err, origin) => {
  console.log('main caught:', err.name, err.message, '(origin:', origin + ')');
});
const w = new Worker(`throw new Error('nobody listens');`, { eval: true });
w.on('exit', (code) => console.log('exit', code));
