const EventEmitter = require('events');

const e = new EventEmitter();
console.log('emit with no listeners:', e.emit('nothing'));
e.on('greet', function (a, b) {
  console.log('first', a, b, this === e);
});
e.on('greet', (a, b) => console.log('second', a, b));
e.addListener('greet', (...args) => console.log('third', args.length));
console.log('emit returned', e.emit('greet', 'hello', 42));
console.log('emit with extra args', e.emit('greet', 1, 2, 3, 4));
console.log('listenerCount', e.listenerCount('greet'));
console.log('on returns emitter', e.on('x', () => {}) === e);
console.log('typeof exports', typeof EventEmitter, typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter);
console.log('defaultMaxListeners', EventEmitter.defaultMaxListeners, e.getMaxListeners());
console.log('errorMonitor', String(EventEmitter.errorMonitor));
console.log('captureRejectionSymbol', String(EventEmitter.captureRejectionSymbol));
console.log('proto methods', ['on', 'once', 'off', 'emit', 'prependListener', 'prependOnceListener',
  'removeListener', 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
  'setMaxListeners', 'getMaxListeners'].every((m) => typeof e[m] === 'function'));
console.log('off is removeListener', EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log('addListener is on', EventEmitter.prototype.addListener === EventEmitter.prototype.on);
console.log(e);
