// Immediates scheduled from ticks and promise jobs run in scheduling order.
setImmediate(() => console.log('immediate from main'));
Promise.resolve().then(() => setImmediate(() => console.log('immediate from promise')));
process.nextTick(() => setImmediate(() => console.log('immediate from tick')));
