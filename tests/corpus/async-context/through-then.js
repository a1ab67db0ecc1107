// Promise reactions take the store from where .then() was called, not where the promise was resolved.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let resolve;
const p = als.run('creator', () => new Promise((r) => (resolve = r)));
als.run('registrar', () => {
  p.then(() => console.log('then registered in registrar sees', als.getStore()));
});
p.then(() => console.log('then registered outside sees', als.getStore()));
als.run('resolver', () => setTimeout(() => resolve(), 1));
