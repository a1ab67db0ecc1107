// In the main thread parentPort is null and workerData is null.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId);
