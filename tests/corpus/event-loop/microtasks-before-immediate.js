// setImmediate runs only after the main script's ticks and promise jobs are all drained.
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
