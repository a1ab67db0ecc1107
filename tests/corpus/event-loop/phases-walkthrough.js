// One pass through the phases from an I/O callback: poll -> check -> timers -> poll, with microtasks after each callback.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('poll: readFile callback');
  setTimeout(() => {
    console.log('timers: timeout');
    process.nextTick(() => console.log('  tick after timeout'));
    fs.stat(__filename, () => console.log('poll: stat callback (later iteration)'));
  }, 0);
  setImmediate(() => {
    console.log('check: immediate');
    Promise.resolve().then(() => console.log('  promise after immediate'));
  });
  process.nextTick(() => console.log('  tick after readFile'));
});
