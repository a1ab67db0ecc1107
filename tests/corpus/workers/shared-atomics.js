// SharedArrayBuffer + Atomics: both threads add to the same counter; Atomics.wait/notify hands off.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const ia = new Int32Array(sab);
const w = new Worker(`
  const { workerData } = require('worker_threads');
  const ia = new Int32Array(workerData);
  for (let i = 0; i < 10000; i++) Atomics.add(ia, 0, 1);
  Atomics.store(ia, 1, 1);
  Atomics.notify(ia, 1);
`, { eval: true, workerData: sab });
for (let i = 0; i < 10000; i++) Atomics.add(ia, 0, 1);
const r = Atomics.wait(ia, 1, 0, 10000);
console.log('wait result ok:', r === 'ok' || r === 'not-equal');
console.log('counter', Atomics.load(ia, 0));
w.on('exit', (c) => console.log('exit', c, 'counter', ia[0]));
