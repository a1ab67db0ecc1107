// enterWith sets the store for the rest of the current synchronous execution and what it schedules.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
function f() {
  als.enterWith('entered');
  console.log('in f:', als.getStore());
  setTimeout(() => console.log('timer from f:', als.getStore()), 1);
}
setImmediate(() => {
  f();
  console.log('after f in same callback:', als.getStore());
});
setImmediate(() => console.log('next immediate:', als.getStore()));
