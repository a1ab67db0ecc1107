// The classic ordering puzzle: sync, ticks, microtasks, timers (due after busy-wait), immediates.
console.log('1 sync');
setTimeout(() => console.log('6 timeout'), 0);
setImmediate(() => console.log('7 immediate'));
Promise.resolve().then(() => console.log('4 promise'));
process.nextTick(() => console.log('3 tick'));
(async () => {
  console.log('2 async body');
  await null;
  console.log('5 after await');
})();
const s = Date.now();
while (Date.now() - s < 20) {}
