// enterWith() at the top level of the main module: the rest of the script and what it schedules.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => console.log('timer scheduled before enterWith:', als.getStore()), 1);
als.enterWith({ phase: 'boot' });
console.log('after enterWith:', als.getStore());
setTimeout(() => console.log('timer scheduled after enterWith:', als.getStore()), 1);
Promise.resolve().then(() => console.log('then after enterWith:', als.getStore()));
als.run('temporary', () => console.log('nested run:', als.getStore()));
console.log('back after run:', als.getStore());
