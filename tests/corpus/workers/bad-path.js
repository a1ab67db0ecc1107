// A bare file name is not a path: the Worker constructor throws ERR_WORKER_PATH synchronously.
const { Worker } = require('worker_threads');
try {
  new Worker('worker.js');
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
try {
  new Worker(42);
} catch (e) {
  console.log(e.name, e.code);
}
