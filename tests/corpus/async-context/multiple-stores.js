// Independent AsyncLocalStorage instances do not interfere.
const { AsyncLocalStorage } = require('async_hooks');
const user = new AsyncLocalStorage();
const req = new AsyncLocalStorage();
user.run('alice', () => {
  req.run('r1', () => {
    setTimeout(() => console.log(user.getStore(), req.getStore()), 1);
  });
  setTimeout(() => console.log(user.getStore(), req.getStore()), 2);
});
req.run('r2', () => setTimeout(() => console.log(user.getStore(), req.getStore()), 3));
