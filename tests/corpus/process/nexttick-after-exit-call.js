// process.exit() stops immediately: pending ticks, microtasks and timers are dropped.
process.nextTick(() => console.log('never: tick'));
Promise.resolve().then(() => console.log('never: then'));
setTimeout(() => console.log('never: timer'), 0);
process.on('exit', (code) => console.log('exit', code));
console.log('before exit');
process.exit(3);
console.log('never: after exit');
