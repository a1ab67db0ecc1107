// v20: a .then() callback runs in the context where .then() was called, not where the promise was made.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let resolveOuter;
const outer = new Promise((r) => { resolveOuter = r; });
als.run('registered-inside', () => {
  outer.then(() => console.log('outside promise, then inside run:', als.getStore()));
});
const inner = als.run('created-inside', () => Promise.resolve('v'));
inner.then(() => console.log('inside promise, then outside run:', als.getStore()));
als.run('third', () => {
  inner.then(() => console.log('inside promise, then in another run:', als.getStore()));
});
als.run('resolver', () => resolveOuter());
