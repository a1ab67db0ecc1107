const EventEmitter = require('events');

const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
function c() { console.log('c'); e.on('x', d); }
function d() { console.log('d'); }
e.on('x', a);
e.on('x', b);
e.on('x', c);
console.log('first emit (b still runs: listeners are copied before the loop)');
e.emit('x');
console.log('second emit');
e.emit('x');
console.log('counts', e.listenerCount('x'));

// Removing the same function added twice removes the last one added.
const f = new EventEmitter();
function dup(tag) { console.log('dup', tag); }
f.on('y', dup);
f.on('y', () => console.log('middle'));
f.on('y', dup);
f.removeListener('y', dup);
f.emit('y', 'after removal');
console.log('y count', f.listenerCount('y'));
f.off('y', dup);
f.emit('y', 'after off');
console.log('y count', f.listenerCount('y'), f.eventNames());
// removing a listener that is not there
console.log(f.removeListener('nope', dup) === f);
