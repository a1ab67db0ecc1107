// nextTick and queueMicrotask callbacks keep the store of the place they were queued.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run(1, () => process.nextTick(() => console.log('tick in 1:', als.getStore())));
als.run(2, () => queueMicrotask(() => console.log('microtask in 2:', als.getStore())));
process.nextTick(() => console.log('tick outside:', als.getStore()));
