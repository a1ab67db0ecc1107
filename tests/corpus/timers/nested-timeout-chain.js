// A timer created inside a timer callback never runs in the same timers phase.
setTimeout(() => {
  console.log('outer');
  setTimeout(() => console.log('inner'), 0);
  setImmediate(() => console.log('immediate (before inner)'));
}, 0);
