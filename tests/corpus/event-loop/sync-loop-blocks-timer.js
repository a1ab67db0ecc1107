// One long synchronous loop blocks everything: the timer can't run until it finishes.
const start = Date.now();
setTimeout(() => {
  const waited = Date.now() - start;
  console.log('timer fired');
  console.log('waited at least 100 ms:', waited >= 100);
  console.log('not at 10 ms as asked:', waited > 10);
}, 10);
let spins = 0;
while (Date.now() - start < 100) spins++;
console.log('busy loop finished, spun:', spins > 0);
