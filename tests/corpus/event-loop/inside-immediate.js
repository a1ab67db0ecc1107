// Inside an immediate: a new setImmediate waits for the next check phase; a due timer runs first.
setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate C (next iteration)'));
  setTimeout(() => console.log('timeout (due after busy-wait)'), 0);
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  const s = Date.now();
  while (Date.now() - s < 20) {}
});
setImmediate(() => console.log('immediate B (same check phase)'));
