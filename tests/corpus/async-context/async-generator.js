// for await over an async generator inside run(): every iteration sees the store.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function* numbers() {
  for (let i = 1; i <= 3; i++) {
    await new Promise((r) => setTimeout(r, 1));
    yield `${i}@${als.getStore()}`;
  }
}
als.run('gen', async () => {
  for await (const n of numbers()) {
    console.log(n, 'loop body sees', als.getStore());
  }
  console.log('loop done', als.getStore());
});
