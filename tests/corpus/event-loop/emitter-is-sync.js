// EventEmitter.emit calls listeners synchronously, before any queued tick or microtask.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('ping', (n) => console.log('listener', n));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('before emit');
e.emit('ping', 1);
console.log('after emit');
process.nextTick(() => e.emit('ping', 2));
