// AsyncResource.bind and AsyncLocalStorage.bind capture the context at bind time.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
let bound1, bound2, plain;
als.run('bind-time', () => {
  bound1 = AsyncResource.bind(() => als.getStore());
  bound2 = AsyncLocalStorage.bind(() => als.getStore());
  plain = () => als.getStore();
});
als.run('call-time', () => {
  console.log('AsyncResource.bind:', bound1());
  console.log('AsyncLocalStorage.bind:', bound2());
  console.log('plain:', plain());
});
