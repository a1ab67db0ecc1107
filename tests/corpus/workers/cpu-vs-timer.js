// Heavy work in a worker leaves the main loop free: timers keep firing while it computes.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
  parentPort.postMessage(fib(27));
`, { eval: true });
let ticks = 0;
const t = setInterval(() => { ticks++; }, 1);
w.on('message', (r) => {
  clearInterval(t);
  console.log('fib(27) =', r);
  console.log('main timer ran meanwhile:', ticks > 0);
});
