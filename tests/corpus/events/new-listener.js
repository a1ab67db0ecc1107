const EventEmitter = require('events');

const e = new EventEmitter();
e.on('newListener', (event, listener) => {
  console.log('newListener', String(event), listener.name, 'count before add', e.listenerCount(event));
  if (event === 'data') {
    // Added from inside newListener: ends up before the listener being added.
    e.removeAllListeners('newListener');
    e.on('data', function inner() { console.log('inner'); });
  }
});
function outer() { console.log('outer'); }
e.once('data', outer);
e.emit('data');
e.emit('data');
function foo() {}
e.on('other', foo);
console.log('eventNames', e.eventNames());
