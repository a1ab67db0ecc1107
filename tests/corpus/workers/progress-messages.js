// A long job reports progress; the main thread prints each report as it arrives, in order.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let total = 0;
  for (let step = 1; step <= 4; step++) {
    for (let i = 0; i < 200000; i++) total += i % 7;
    parentPort.postMessage({ progress: step * 25 });
  }
  parentPort.postMessage({ done: true, total });
`, { eval: true });
w.on('message', (m) => {
  if (m.done) console.log('finished, total =', m.total);
  else console.log(`progress ${m.progress}%`);
});
