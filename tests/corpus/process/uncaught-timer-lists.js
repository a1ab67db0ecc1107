// A throwing timer in one list, timers in the same and in another list after it.
process.on('uncaughtException', (err) => console.log('handler:', err.message));
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => {
    process.nextTick(() => console.log('tick from t1'));
    throw new Error('t1 failed');
  }, 2);
  setTimeout(() => { console.log('t2 (same list)'); process.nextTick(() => console.log('tick from t2')); }, 2);
  setTimeout(() => console.log('t3 (other list, due later)'), 3);
  const s = Date.now();
  while (Date.now() - s < 5) {}
});
