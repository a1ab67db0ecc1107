// An AbortSignal 'abort' listener runs inside abort(), in the aborting caller's context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const controller = new AbortController();
als.run('listener-added-here', () => {
  controller.signal.addEventListener('abort', () => {
    console.log('abort listener sees', als.getStore(), controller.signal.reason);
  });
});
als.run('aborter', () => setTimeout(() => controller.abort('stop'), 1));
