const EventEmitter = require('events');

const e = new EventEmitter();
e.on('removeListener', (event, listener) => console.log('removeListener', String(event), listener.name || '(anonymous)'));
function a() {}
function b() {}
function c() {}
e.on('x', a);
e.on('x', b);
e.on('y', c);
e.once('z', function onceZ() {});
e.removeListener('x', a);
e.removeListener('x', b);
e.emit('z');
e.on('x', a);
e.on('x', b);
console.log('-- removeAllListeners(x)');
e.removeAllListeners('x');
e.on('w', a);
console.log('-- removeAllListeners()');
e.removeAllListeners();
console.log('eventNames', e.eventNames(), e._eventsCount);
console.log('returns this', e.removeAllListeners() === e, e.removeAllListeners('q') === e);
