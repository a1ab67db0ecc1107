// Timer callbacks get their arguments and the store; clearTimeout inside the same run.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run({ user: 'ann' }, () => {
  setTimeout((a, b) => console.log('timeout args', a, b, als.getStore().user), 20, 'x', 'y');
  const t = setTimeout(() => console.log('never'), 2);
  clearTimeout(t);
  setImmediate((arg) => console.log('immediate arg', arg, als.getStore().user), 'z');
});
