// AsyncLocalStorage.run makes the store visible synchronously inside, and undefined outside.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('outside before:', als.getStore());
const r = als.run({ id: 1 }, (a, b) => {
  console.log('inside:', als.getStore(), a, b);
  return 'return value';
}, 'arg1', 'arg2');
console.log('run returned:', r);
console.log('outside after:', als.getStore());
