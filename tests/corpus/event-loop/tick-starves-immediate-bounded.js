// Recursive nextTick runs to completion before the loop may continue; recursive
// setImmediate yields to other callbacks between rounds.
let ticks = 0;
function spinTick() { if (++ticks < 1000) process.nextTick(spinTick); }
setImmediate(() => console.log('immediate ran after ticks =', ticks));
process.nextTick(spinTick);

let immediates = 0;
const fs = require('fs');
fs.readFile(__filename, () => {
  function spinImmediate() {
    immediates++;
    if (immediates < 5) setImmediate(spinImmediate);
  }
  setImmediate(spinImmediate);
  setTimeout(() => console.log('timeout ran after immediates =', immediates), 0);
  const t = Date.now();
  while (Date.now() - t < 3) {} // the timer is surely due at the next timers phase
});
