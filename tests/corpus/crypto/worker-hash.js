// Hashing inside a worker thread and posting the digest back.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const crypto = require('crypto');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('from worker', m));
} else {
  parentPort.postMessage(crypto.createHash('sha256').update('abc').digest('hex'));
}
