// A slow timer callback does not let its setImmediate jump ahead of other due timers.
setTimeout(() => {
  console.log('timer A');
  setImmediate(() => console.log('immediate from A'));
  const s = Date.now();
  while (Date.now() - s < 10) {}
}, 1);
setTimeout(() => console.log('timer B'), 1);
const s0 = Date.now();
while (Date.now() - s0 < 5) {} // both timers due when the loop starts
