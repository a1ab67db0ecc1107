// Emitting 'error' with no listener throws the error itself; uncaught, it exits 1.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', (err) => console.log('handled:', err.message));
e.emit('error', new Error('first is handled'));
e.removeAllListeners('error');
setTimeout(() => {
  e.emit('error', new Error('second is not'));
  console.log('not reached');
}, 1);
