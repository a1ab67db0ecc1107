// The store is the same in try, catch and finally around awaits that reject.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const fail = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(`failed after ${ms}ms`)), ms));
async function task(id) {
  return als.run(id, async () => {
    try {
      await fail(id === 'first' ? 20 : 10);
    } catch (e) {
      console.log(als.getStore(), 'caught', e.message);
      return 'recovered';
    } finally {
      await null;
      console.log(als.getStore(), 'finally');
    }
  });
}
task('first').then((r) => console.log('first ->', r, als.getStore()));
task('second').then((r) => console.log('second ->', r, als.getStore()));
