// After an immediate throws (and a handler catches it), the next immediate runs before the
// ticks and microtasks queued by the failed one.
process.on('uncaughtException', (err) => console.log('handler:', err.message));
setImmediate(() => {
  process.nextTick(() => console.log('tick from A'));
  Promise.resolve().then(() => console.log('then from A'));
  throw new Error('A failed');
});
setImmediate(() => {
  console.log('B runs');
  process.nextTick(() => console.log('tick from B'));
});
setImmediate(() => console.log('C runs'));
