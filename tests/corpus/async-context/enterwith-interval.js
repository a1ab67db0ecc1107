// enterWith inside a repeating timer: does the next repetition see the entered store?
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let n = 0;
als.run('scheduled', () => {
  const t = setInterval(() => {
    n++;
    console.log(`repetition ${n} starts with`, als.getStore());
    als.enterWith(`entered in ${n}`);
    if (n === 3) clearInterval(t);
  }, 5);
});
