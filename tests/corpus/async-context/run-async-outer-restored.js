// run() with an async callback: the caller's context is restored at the first await.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function main() {
  console.log('main start:', als.getStore());
  const result = await als.run('inner', async () => {
    console.log('inner before await:', als.getStore());
    await new Promise((r) => setImmediate(r));
    console.log('inner after await:', als.getStore());
    return 'done';
  });
  console.log('main after awaiting inner:', result, als.getStore());
}
als.run('outer', main);
