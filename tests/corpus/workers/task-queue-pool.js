// A fixed pool of 2 workers drains a queue of 5 tasks; results are kept in task order.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ id, n }) => {
    let sum = 0;
    for (let i = 1; i <= n; i++) sum += i;
    parentPort.postMessage({ id, sum });
  });
`;
const tasks = [10, 100, 1000, 5, 50].map((n, id) => ({ id, n }));
const results = new Array(tasks.length);
let pending = tasks.length;
const pool = [new Worker(code, { eval: true }), new Worker(code, { eval: true })];
for (const w of pool) {
  w.on('message', ({ id, sum }) => {
    results[id] = sum;
    if (--pending === 0) {
      console.log('results in task order:', results);
      pool.forEach((x) => x.terminate());
    } else if (tasks.length) {
      w.postMessage(tasks.shift());
    }
  });
  w.postMessage(tasks.shift());
}
