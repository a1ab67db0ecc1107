// From a check-phase callback, a setTimeout(0) and a setImmediate: timers phase comes first
// only if the timer is due; 1 ms of work in the immediate makes it due.
setImmediate(() => {}); // keep
const fs = require('fs');
fs.readFile(__filename, () => {
  setImmediate(() => {
    setTimeout(() => console.log('timeout'), 0);
    setImmediate(() => console.log('immediate'));
    const t = Date.now();
    while (Date.now() - t < 3) {}
  });
});
