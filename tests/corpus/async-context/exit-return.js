// exit(fn, ...args) runs fn outside the store, passes args and returns fn's result.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
other.run('kept', () => {
  als.run('hidden', () => {
    const r = als.exit((a, b) => {
      console.log('in exit:', als.getStore(), other.getStore(), a, b);
      Promise.resolve().then(() => console.log('then from exit:', als.getStore(), other.getStore()));
      return a * b;
    }, 6, 7);
    console.log('exit returned', r, 'store back:', als.getStore());
  });
});
console.log('exit outside any run:', als.exit(() => als.getStore()));
