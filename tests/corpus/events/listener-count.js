const EventEmitter = require('events');

const e = new EventEmitter();
const sym = Symbol('tag');
function a() {}
function b() {}
e.on('x', a);
e.on('x', b);
e.on('x', a);
e.once('x', a);
e.on(sym, b);
console.log('count x', e.listenerCount('x'));
console.log('count x/a', e.listenerCount('x', a));
console.log('count x/b', e.listenerCount('x', b));
console.log('count missing', e.listenerCount('missing'), e.listenerCount('missing', a));
console.log('count sym', e.listenerCount(sym), e.listenerCount(sym, b), e.listenerCount(sym, a));
console.log('static', EventEmitter.listenerCount(e, 'x'));
console.log('eventNames', e.eventNames());
console.log('getEventListeners', EventEmitter.getEventListeners(e, 'x').length);
console.log('listeners is a copy', e.listeners('x') !== e.listeners('x'));
const arr = e.listeners('x');
arr.length = 0;
console.log('still', e.listenerCount('x'));
