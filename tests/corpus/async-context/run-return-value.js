// als.run returns whatever the callback returns, and passes extra arguments through.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const r = als.run({ user: 'ada' }, (a, b) => {
  console.log('args:', a, b, 'store:', als.getStore());
  return a + b;
}, 2, 3);
console.log('returned:', r);
const p = als.run('async', async () => 'resolved value');
console.log('async callback returns a promise:', p instanceof Promise);
p.then((v) => console.log('promise value:', v, 'store in then:', als.getStore()));
console.log('this is globalThis in a sloppy callback:', als.run(1, function () { return this === globalThis; }));
