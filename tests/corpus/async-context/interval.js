// setInterval callbacks keep the store of the setInterval call on every repetition.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let n = 0;
als.run('poller', () => {
  const id = setInterval(() => {
    n++;
    console.log(`tick ${n}:`, als.getStore());
    if (n === 3) {
      clearInterval(id);
      console.log('cleared in', als.getStore());
    }
  }, 10);
});
als.run('other', () => setTimeout(() => console.log('other timer:', als.getStore()), 15));
