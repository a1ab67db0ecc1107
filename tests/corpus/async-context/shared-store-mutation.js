// The store is a reference: mutations made later are visible to callbacks scheduled earlier.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run(new Map([['user', 'anonymous']]), () => {
  setTimeout(() => console.log('timer sees user =', als.getStore().get('user')), 1);
  Promise.resolve().then(() => console.log('then sees user =', als.getStore().get('user')));
  als.getStore().set('user', 'ada');
  console.log('sync sees user =', als.getStore().get('user'));
  console.log(als.getStore());
});
