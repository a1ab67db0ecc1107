// The shape of the events module and of EventEmitter.prototype.
const EventEmitter = require('events');

console.log(Object.keys(EventEmitter));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
console.log(typeof EventEmitter.once, typeof EventEmitter.on, typeof EventEmitter.init, EventEmitter.name, EventEmitter.length);
const desc = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
console.log('defaultMaxListeners accessor', typeof desc.get, typeof desc.set, desc.enumerable);
const e = new EventEmitter();
console.log(Object.keys(e), e._eventsCount, e._maxListeners);
e.on('a', () => {});
e.on('a', () => {});
console.log(Array.isArray(e._events.a), e._eventsCount);
console.log(Object.getPrototypeOf(e._events));
console.log(e);
