// The main-module quiz without the racy pair: nextTick vs promises vs queueMicrotask
// vs a timer vs an immediate scheduled from a timer.
console.log('A sync start');
setTimeout(() => {
  console.log('F timeout');
  setImmediate(() => console.log('H immediate (from timeout)'));
  process.nextTick(() => console.log('G tick (from timeout)'));
}, 0);
queueMicrotask(() => console.log('D queueMicrotask'));
Promise.resolve().then(() => console.log('E then'));
process.nextTick(() => console.log('C nextTick'));
console.log('B sync end');
