// An async function defined outside run() but called inside it keeps the store across awaits.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));
async function work(label) {
  console.log(label, 'before await:', als.getStore());
  await delay(5);
  console.log(label, 'after first await:', als.getStore());
  await null;
  console.log(label, 'after second await:', als.getStore());
  return als.getStore();
}
als.run('one', () => work('w1')).then((v) => console.log('w1 resolved with', v, 'then sees', als.getStore()));
als.run('two', () => work('w2'));
work('w3');
console.log('main after calls:', als.getStore());
