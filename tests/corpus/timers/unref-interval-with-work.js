// An unref'd interval ticks while other work keeps the loop alive, then stops with it.
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 10);
iv.unref();
setTimeout(() => {
  console.log('ticked while the timer kept the loop alive:', ticks >= 3);
}, 55);
process.on('exit', () => console.log('exit; interval still has no ref:', !iv.hasRef()));
