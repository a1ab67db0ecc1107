// enterWith after an await changes the store for the rest of that async function only.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function step(name) {
  await null;
  als.enterWith(name);
  await new Promise((r) => setTimeout(r, 1));
  return als.getStore();
}
als.run('outer', async () => {
  const results = await Promise.all([step('first'), step('second')]);
  console.log('results', results, 'outer still', als.getStore());
});
