// Ordering is unchanged by AsyncLocalStorage: ticks before promise jobs, each with its store.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (what) => console.log(what.padEnd(10), als.getStore());
als.run('T1', () => process.nextTick(() => log('tick')));
als.run('P1', () => Promise.resolve().then(() => {
  log('then');
  process.nextTick(() => log('tick2'));
  queueMicrotask(() => log('micro2'));
}));
als.run('M1', () => queueMicrotask(() => log('micro')));
als.run('I1', () => setImmediate(() => log('immediate')));
log('sync');
