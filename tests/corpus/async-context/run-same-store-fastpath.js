// run() with the store that is already current calls the callback directly, so enterWith inside it leaks.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const store = { name: 'same' };
als.run(store, () => {
  als.run(store, () => als.enterWith({ name: 'entered' }));
  console.log('after same-store run:', als.getStore().name);
});
als.run({ name: 'a' }, () => {
  als.run({ name: 'b' }, () => als.enterWith({ name: 'entered' }));
  console.log('after different-store run:', als.getStore().name);
});
console.log('run(undefined) outside:', als.run(undefined, () => als.getStore()));
