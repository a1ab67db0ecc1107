// Promise.all / race / allSettled / any: the continuation sees the store where .then/await was.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
als.run('all', () => Promise.all([later(1, 20), later(2, 10)]).then((v) => console.log('all', v, als.getStore())));
als.run('race', () => Promise.race([later("slow", 50), later("fast", 10)]).then((v) => console.log('race', v, als.getStore())));
als.run('allSettled', async () => {
  const r = await Promise.allSettled([later("ok", 30), Promise.reject(new Error('no'))]);
  console.log('allSettled', r.map((x) => x.status), als.getStore());
});
als.run('any', async () => {
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
  } catch (e) {
    console.log('any', e.constructor.name, e.errors.length, als.getStore());
  }
});
