// Nested run calls shadow the outer store and restore it afterwards, also in async callbacks.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('outer', () => {
  console.log('1', als.getStore());
  als.run('inner', () => {
    console.log('2', als.getStore());
    setTimeout(() => console.log('inner timer', als.getStore()), 1);
  });
  console.log('3', als.getStore());
  setTimeout(() => console.log('outer timer', als.getStore()), 2);
});
