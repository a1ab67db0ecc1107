// Inside a timer callback: tick, then promise, then setImmediate (check phase), then the new setTimeout(0).
setTimeout(() => {
  console.log('timeout A');
  setTimeout(() => console.log('timeout B'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('tick'));
  console.log('timeout A end');
}, 0);
