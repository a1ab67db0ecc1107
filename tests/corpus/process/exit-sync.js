// process.exit in the main script: queued ticks, promises, immediates never run.
process.nextTick(() => console.log('tick (must not print)'));
Promise.resolve().then(() => console.log('promise (must not print)'));
setImmediate(() => console.log('immediate (must not print)'));
console.log('before exit');
process.exit();
