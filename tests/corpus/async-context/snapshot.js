// AsyncLocalStorage.snapshot() captures all stores to run a function later in that context.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const snap = a.run('a1', () => b.run('b1', () => AsyncLocalStorage.snapshot()));
a.run('a2', () => {
  console.log(snap(() => [a.getStore(), b.getStore()]));
  console.log([a.getStore(), b.getStore()]);
  console.log(snap((x, y) => x + y, 2, 3));
});
