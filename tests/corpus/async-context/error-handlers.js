// uncaughtException and unhandledRejection handlers: the store of the failing context or none?
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('uncaughtException', (err) => console.log('uncaughtException:', err.message, 'store:', als.getStore()));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message, 'store:', als.getStore()));
als.run('timer-ctx', () => setTimeout(() => { throw new Error('boom'); }, 1));
als.run('promise-ctx', () => { Promise.reject(new Error('rejected')); });
als.run('async-ctx', async () => {
  await null;
  throw new Error('async failure');
});
