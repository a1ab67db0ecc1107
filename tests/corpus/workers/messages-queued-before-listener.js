// Messages posted to a worker before its script runs are queued, not lost.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const got = [];
  parentPort.on('message', (m) => {
    got.push(m);
    if (got.length === 3) { parentPort.postMessage(got); parentPort.close(); }
  });
`, { eval: true });
w.postMessage('first');
w.postMessage('second');
w.postMessage('third');
w.on('message', (all) => console.log('worker received', all));
w.on('exit', (c) => console.log('exit', c));
