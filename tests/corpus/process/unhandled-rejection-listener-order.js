// The order of unhandledRejection reports: after the microtask queue drains, in rejection order.
process.on('unhandledRejection', (reason) => console.log('unhandled', reason));
Promise.reject('first');
new Promise((_, reject) => setTimeout(() => reject('from timer'), 1));
Promise.reject('second');
Promise.resolve().then(() => console.log('microtask before reports'));
process.nextTick(() => console.log('tick before reports'));
