// A promise created in one context and awaited in another: the continuation sees the awaiting context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const shared = als.run('producer', () => new Promise((r) => setTimeout(() => r(als.getStore()), 2)));
for (const name of ['consumer-1', 'consumer-2']) {
  als.run(name, async () => {
    const v = await shared;
    console.log(als.getStore(), 'got value made in', v);
  });
}
