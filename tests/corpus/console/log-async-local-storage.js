const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
function log(msg) { const store = als.getStore(); console.log(store ? `[${store.get('id')}]` : '[none]', msg, store); }
als.run(new Map([['id', 'req-1']]), () => {
  log('start');
  setTimeout(() => log('timeout'), 5);
  Promise.resolve().then(() => log('promise'));
  process.nextTick(() => log('tick'));
});
als.run(new Map([['id', 'req-2']]), async () => {
  await null;
  log('after await');
});
log('outside');
console.log(als);
