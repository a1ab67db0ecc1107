// Timers scheduled from microtasks in the main script join the same list in FIFO order.
setTimeout(() => console.log('timeout from main'), 0);
Promise.resolve().then(() => setTimeout(() => console.log('timeout from promise'), 0));
process.nextTick(() => setTimeout(() => console.log('timeout from tick'), 0));
