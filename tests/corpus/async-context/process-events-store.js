// process 'beforeExit' and 'exit' listeners run outside any run(), even if registered inside one.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('registered-in-run', () => {
  process.on('beforeExit', () => console.log('beforeExit store:', als.getStore()));
  process.on('exit', (code) => console.log('exit store:', als.getStore(), 'code', code));
  setTimeout(() => console.log('timer store:', als.getStore()), 1);
});
