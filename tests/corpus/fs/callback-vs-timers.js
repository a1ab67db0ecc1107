// An fs callback arrives in the poll phase: after the main script's ticks/promises, before a long timer;
// inside it, setImmediate beats setTimeout(0).
const fs = require('fs');
setTimeout(() => console.log('timeout 200ms'), 200);
fs.stat(__filename, () => {
  console.log('stat callback');
  setImmediate(() => console.log('immediate from stat'));
  setTimeout(() => console.log('timeout 0 from stat'), 0);
});
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
