// setImmediate, queueMicrotask and process.nextTick all carry the store of the scheduling call.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('A', () => {
  setImmediate(() => console.log('immediate:', als.getStore()));
  queueMicrotask(() => console.log('microtask:', als.getStore()));
  process.nextTick(() => console.log('nextTick:', als.getStore()));
});
als.run('B', () => {
  setImmediate((x, y) => console.log('immediate with args:', x, y, als.getStore()), 1, 2);
  process.nextTick((x) => console.log('nextTick with arg:', x, als.getStore()), 'arg');
});
console.log('sync end:', als.getStore());
