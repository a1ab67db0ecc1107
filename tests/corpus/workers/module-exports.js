// What require('worker_threads') exports on the main thread.
console.log(require('worker_threads'));
