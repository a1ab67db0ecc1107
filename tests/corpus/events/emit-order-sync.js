const EventEmitter = require('events');

const e = new EventEmitter();
e.on('e', (n) => {
  console.log('listener', n);
  process.nextTick(() => console.log('tick from listener', n));
  Promise.resolve().then(() => console.log('promise from listener', n));
});
console.log('before emit');
e.emit('e', 1);
console.log('between');
setImmediate(() => {
  e.emit('e', 'immediate');
  setTimeout(() => e.emit('e', 'timeout'), 5);
});
e.emit('e', 2);
console.log('end of main');
