const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor saw', err.message));
try {
  e.emit('error', new Error('first'));
} catch (err) {
  console.log('still thrown', err.message);
}
e.on('error', (err) => console.log('listener saw', err.message));
console.log(e.emit('error', new Error('second')));
console.log('eventNames', e.eventNames().map(String));
console.log('monitor count', e.listenerCount(errorMonitor));
