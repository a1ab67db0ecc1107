// AsyncResource.runInAsyncScope runs in the context captured when the resource was created.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const res = als.run('created', () => new AsyncResource('MyResource'));
als.run('other', () => {
  res.runInAsyncScope(function (x) {
    console.log('inside scope:', als.getStore(), x, this.tag);
  }, { tag: 'thisArg' }, 'arg');
  console.log('after scope:', als.getStore());
});
console.log(res.type === undefined, typeof res.asyncId());
