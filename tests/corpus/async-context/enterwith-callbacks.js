// enterWith inside one callback does not leak into sibling callbacks.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  als.enterWith('first timer');
  console.log('timer 1:', als.getStore());
  process.nextTick(() => console.log('tick from timer 1:', als.getStore()));
}, 1);
setTimeout(() => console.log('timer 2:', als.getStore()), 1);
Promise.resolve().then(() => {
  als.enterWith('then 1');
  console.log('then 1:', als.getStore());
}).then(() => console.log('chained then:', als.getStore()));
Promise.resolve().then(() => console.log('then 2:', als.getStore()));
