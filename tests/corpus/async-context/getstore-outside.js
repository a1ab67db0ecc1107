// getStore() is undefined before any run(), after run() returns, and in callbacks scheduled outside.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('before run:', als.getStore());
setTimeout(() => console.log('timer scheduled before run:', als.getStore()), 1);
als.run('inside', () => console.log('inside run:', als.getStore()));
console.log('after run:', als.getStore());
process.nextTick(() => console.log('tick scheduled after run:', als.getStore()));
Promise.resolve().then(() => console.log('then registered after run:', als.getStore()));
