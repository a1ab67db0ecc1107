// als.exit runs a function with the store undefined, and work scheduled there sees undefined.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('ctx', () => {
  als.exit(() => {
    console.log('in exit:', als.getStore());
    setImmediate(() => console.log('immediate from exit:', als.getStore()));
  });
  console.log('after exit:', als.getStore());
});
