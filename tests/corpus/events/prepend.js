const EventEmitter = require('events');

const e = new EventEmitter();
e.on('x', () => console.log('on 1'));
e.prependListener('x', () => console.log('prepend 1'));
e.on('x', () => console.log('on 2'));
e.prependListener('x', () => console.log('prepend 2'));
e.prependOnceListener('x', () => console.log('prependOnce'));
e.emit('x');
console.log('---');
e.emit('x');
console.log('prepend returns emitter', e.prependListener('y', () => {}) === e);
