// Awaiting a custom thenable: which context does its then() and the continuation run in?
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const thenable = {
  then(resolve) {
    console.log('thenable.then runs in', als.getStore());
    setTimeout(() => resolve('value'), 1);
  },
};
als.run('awaiter', async () => {
  const v = await thenable;
  console.log('after await of thenable:', v, als.getStore());
});
als.run('resolver', () => {
  Promise.resolve(thenable).then((v) => console.log('Promise.resolve(thenable).then:', v, als.getStore()));
});
