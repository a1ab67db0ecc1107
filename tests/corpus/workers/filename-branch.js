// The classic single-file pattern: new Worker(__filename) and branch on isMainThread.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  console.log('main: starting worker');
  const worker = new Worker(__filename, { workerData: { n: 10 } });
  worker.on('message', (msg) => console.log('main: got', msg));
  worker.on('error', (err) => console.log('main: error', err.message));
  worker.on('exit', (code) => console.log('main: worker exited with', code));
} else {
  let fact = 1;
  for (let i = 2; i <= workerData.n; i++) fact *= i;
  parentPort.postMessage({ n: workerData.n, factorial: fact });
}
