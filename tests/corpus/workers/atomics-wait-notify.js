// A worker sleeps in Atomics.wait until the main thread stores a value and notifies it.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const flag = new Int32Array(sab);
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const flag = new Int32Array(workerData);
  parentPort.postMessage('waiting');
  const result = Atomics.wait(flag, 0, 0);
  parentPort.postMessage({ result, value: Atomics.load(flag, 0), payload: flag[1] });
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log('main got', m);
  if (m === 'waiting') {
    setTimeout(() => {
      Atomics.store(flag, 1, 99);
      Atomics.store(flag, 0, 1);
      console.log('notify woke', Atomics.notify(flag, 0), 'waiter');
    }, 20);
  }
});
w.on('exit', (c) => console.log('exit', c));
