// require('node:async_hooks') is the same module; what it exports.
const hooks = require('node:async_hooks');
console.log(hooks === require('async_hooks'));
console.log(Object.keys(hooks));
console.log(typeof hooks.AsyncLocalStorage, typeof hooks.AsyncResource, typeof hooks.createHook);
console.log(hooks.executionAsyncId(), hooks.triggerAsyncId());
const als = new hooks.AsyncLocalStorage();
console.log(als);
als.enterWith(1);
console.log(als, als.getStore());
