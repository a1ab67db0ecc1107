const order = [];
setImmediate(() => { order.push('immediate'); console.log(order); });
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));
order.push('sync');
console.log('sync done:', order);
console.log({ pending: order.length, phases: { timers: 1, check: 1 } });
