// A plain callback stored in one context and invoked from another sees the invoker's context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const callbacks = [];
als.run('registered-here', () => {
  callbacks.push(() => console.log('stored callback sees', als.getStore()));
});
als.run('invoker', () => {
  setTimeout(() => callbacks.forEach((cb) => cb()), 1);
});
setTimeout(() => callbacks.forEach((cb) => cb()), 5);
