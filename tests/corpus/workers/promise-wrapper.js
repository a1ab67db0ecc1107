// The usual helper: run a worker as a promise that settles on its first message or its error.
const { Worker } = require('worker_threads');
function runTask(code, data) {
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
    });
  });
}
const square = `
  const { parentPort, workerData } = require('worker_threads');
  if (workerData < 0) throw new RangeError('negative input');
  parentPort.postMessage(workerData * workerData);
`;
(async () => {
  console.log('ok:', await runTask(square, 12));
  try {
    await runTask(square, -1);
  } catch (e) {
    console.log('failed:', e.name, e.message);
  }
  try {
    await runTask(`process.exit(2)`, 0);
  } catch (e) {
    console.log('failed:', e.message);
  }
})();
