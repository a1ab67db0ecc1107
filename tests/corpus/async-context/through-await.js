// The store survives await inside an async function, including awaits on timers.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
async function handler(name) {
  console.log(name, 'start', als.getStore());
  await null;
  console.log(name, 'after await null', als.getStore());
  await new Promise((r) => setTimeout(r, 5));
  console.log(name, 'after timer', als.getStore());
}
als.run('req-1', () => handler('h1'));
als.run('req-2', () => handler('h2'));
console.log('main sees', als.getStore());
