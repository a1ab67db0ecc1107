// "Guess the order": every queue, scheduled from inside an I/O callback, where
// setImmediate always beats setTimeout(0).
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('1: readFile callback (sync part)');
  setTimeout(() => console.log('7: setTimeout 0'), 0);
  setImmediate(() => console.log('6: setImmediate'));
  Promise.resolve().then(() => console.log('4: Promise.then'));
  queueMicrotask(() => console.log('5: queueMicrotask'));
  process.nextTick(() => console.log('3: nextTick'));
  console.log('2: end of callback');
});
