// timers/promises: setTimeout with a value, setImmediate, and the setInterval async iterator.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep, setImmediate: nextTurn, setInterval: every } = require('timers/promises');
const als = new AsyncLocalStorage();
als.run('poller', async () => {
  const v = await sleep(5, 'slept');
  console.log(v, als.getStore());
  console.log(await nextTurn('turned'), als.getStore());
  let n = 0;
  for await (const start of every(10, 'tick')) {
    console.log(start, ++n, als.getStore());
    if (n === 3) break;
  }
  console.log('done', als.getStore());
});
console.log('sync', als.getStore());
