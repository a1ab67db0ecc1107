// If the run callback throws, the previous store is restored before the error propagates.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('outer', () => {
  try {
    als.run('inner', () => { throw new Error('boom'); });
  } catch (e) {
    console.log('caught', e.message, 'store is', als.getStore());
  }
});
