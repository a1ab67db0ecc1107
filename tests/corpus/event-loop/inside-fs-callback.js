// Inside an I/O callback, setImmediate always beats setTimeout(0): check comes right after poll.
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('readFile callback');
});
