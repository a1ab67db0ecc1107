// disable() makes getStore return undefined until the next run().
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('x', () => {
  als.disable();
  console.log('after disable:', als.getStore());
  als.run('y', () => console.log('run after disable:', als.getStore()));
});
