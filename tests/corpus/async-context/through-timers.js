// The store is captured when setTimeout/setInterval/setImmediate are called.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('A', () => {
  setTimeout(() => console.log('timeout sees', als.getStore()), 1);
  setImmediate(() => console.log('immediate sees', als.getStore()));
  const iv = setInterval(() => {
    console.log('interval sees', als.getStore());
    clearInterval(iv);
  }, 1);
});
als.run('B', () => {
  setTimeout(() => console.log('timeout sees', als.getStore()), 1);
});
setTimeout(() => console.log('outside timeout sees', als.getStore()), 1);
const s = Date.now();
while (Date.now() - s < 5) {}
