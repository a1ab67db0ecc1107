// disable(): getStore() is undefined everywhere, even in callbacks scheduled earlier, until run() again.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  als.disable();
  console.log('disabled in timer:', als.getStore());
}, 1);
als.run('early', () => {
  setTimeout(() => console.log('timer scheduled in run, fires after disable:', als.getStore()), 5);
  setTimeout(() => console.log('same, fires after a new run():', als.getStore()), 20);
  process.nextTick(() => console.log('tick before disable:', als.getStore()));
});
setTimeout(() => als.run('again', () => console.log('run re-enables:', als.getStore())), 10);
