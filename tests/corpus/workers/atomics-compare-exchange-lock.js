// A spin lock with Atomics.compareExchange guards a non-atomic read-modify-write across workers.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const ia = new Int32Array(sab); // [lock, counter]
const src = `
  const { workerData } = require('worker_threads');
  const ia = new Int32Array(workerData);
  for (let i = 0; i < 2000; i++) {
    while (Atomics.compareExchange(ia, 0, 0, 1) !== 0) {}
    ia[1] = ia[1] + 1;          // plain read and write, safe inside the lock
    Atomics.store(ia, 0, 0);
  }
`;
let done = 0;
for (let i = 0; i < 3; i++) {
  new Worker(src, { eval: true, workerData: sab }).on('exit', () => {
    if (++done === 3) console.log('counter:', ia[1], 'lock:', ia[0]);
  });
}
