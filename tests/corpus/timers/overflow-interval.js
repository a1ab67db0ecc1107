// setInterval with a delay above 2^31-1: a TimeoutOverflowWarning, then it repeats every 1 ms.
process.on('warning', (w) => console.log('warning event:', w.name));
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 3) {
    clearInterval(iv);
    console.log('interval ran 3 times, _idleTimeout =', iv._idleTimeout);
  }
}, 2 ** 32);
console.log('_idleTimeout right away:', iv._idleTimeout);
