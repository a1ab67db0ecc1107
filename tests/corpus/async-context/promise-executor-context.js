// A then() registered in the executor's context versus the store at resolve time.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const p = als.run('executor', () => new Promise((resolve) => {
  console.log('executor sees', als.getStore());
  setTimeout(() => {
    console.log('resolver timer sees', als.getStore());
    resolve();
  }, 1);
}));
als.run('await-site', async () => {
  await p;
  console.log('after await sees', als.getStore());
});
