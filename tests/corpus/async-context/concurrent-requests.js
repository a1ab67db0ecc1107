// Simulated concurrent requests: each log line carries its own request id across async hops.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (msg) => console.log(`[${als.getStore().id}] ${msg}`);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function handle(id, delay) {
  return als.run({ id }, async () => {
    log('start');
    await wait(delay);
    log('after wait');
    process.nextTick(() => log('tick'));
    await wait(1);
    log('done');
  });
}
handle('a', 100);
handle('b', 5);
handle('c', 200);
