// An uncaught TypeError from a timer: stderr names the property, the exit code is 1.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  console.log('in timer, store is', als.getStore());
  console.log(als.getStore().requestId);
}, 1);
