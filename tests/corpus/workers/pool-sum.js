// A pool of 4 workers each sums a chunk; Promise.all gathers the partial sums in order.
const { Worker } = require('worker_threads');
const N = 1_000_000;
const chunks = 4;
const size = N / chunks;
const src = `
  const { parentPort, workerData } = require('worker_threads');
  let sum = 0;
  for (let i = workerData.from; i < workerData.to; i++) sum += i;
  parentPort.postMessage(sum);
`;
const jobs = [];
for (let c = 0; c < chunks; c++) {
  const from = c * size, to = from + size;
  jobs.push(new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true, workerData: { from, to } });
    w.once('message', resolve);
    w.once('error', reject);
  }));
}
Promise.all(jobs).then((parts) => {
  console.log('partial sums:', parts);
  const total = parts.reduce((a, b) => a + b, 0);
  console.log('total:', total, 'expected:', (N * (N - 1)) / 2);
});
