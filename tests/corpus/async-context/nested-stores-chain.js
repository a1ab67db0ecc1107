// A promise chain built across nested runs: each then() sees the store of its registration.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let chain = Promise.resolve(0);
for (const name of ['a', 'b', 'c']) {
  als.run(name, () => {
    chain = chain.then((n) => {
      console.log(`step ${n} runs in ${als.getStore()}`);
      return n + 1;
    });
  });
}
chain.then((n) => console.log('chain done after', n, 'steps, store:', als.getStore()));
