// The store survives timers/promises sleeps and Promise.all fan-out.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const als = new AsyncLocalStorage();
als.run('job', async () => {
  await sleep(2);
  console.log('after sleep', als.getStore());
  await immediate();
  console.log('after immediate', als.getStore());
  const r = await Promise.all([1, 2].map(async (i) => { await sleep(i); return `${i}:${als.getStore()}`; }));
  console.log(r);
});
