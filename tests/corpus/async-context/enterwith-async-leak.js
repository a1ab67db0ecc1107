// enterWith() inside an async function before its first await changes the caller's store too.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function handler() {
  als.enterWith('set-in-handler');
  console.log('handler before await:', als.getStore());
  await null;
  console.log('handler after await:', als.getStore());
}
console.log('caller before:', als.getStore());
handler();
console.log('caller after (leaked):', als.getStore());
als.run('isolated', () => {
  handler();
  console.log('inside run after handler:', als.getStore());
});
console.log('after run:', als.getStore());
