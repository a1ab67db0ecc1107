// Workers are for CPU work: fs.readFile is already asynchronous, so a worker only adds a hop.
const { Worker } = require('worker_threads');
const fs = require('fs');
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const fs = require('fs');
  fs.readFile(workerData, 'utf8', (err, text) => {
    if (err) throw err;
    parentPort.postMessage({ lines: text.split('\\n').length, first: text.split('\\n')[0] });
  });
`, { eval: true, workerData: __filename });
const order = [];
fs.readFile(__filename, 'utf8', (err, text) => {
  order.push('main readFile done');
});
w.on('message', (m) => {
  order.push('worker result');
  console.log('worker read:', m);
});
w.on('exit', () => console.log(order.join(' -> ')));
