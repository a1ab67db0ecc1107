// An uncaught throw in the main script prints the error to stderr and exits 1; nothing queued runs.
console.log('before');
setTimeout(() => console.log('timer (must not print)'), 0);
process.nextTick(() => console.log('tick (must not print)'));
throw new Error('top-level failure');
