const EventEmitter = require('events');

const e = new EventEmitter();
function onceA(v) { console.log('onceA', v); }
function always(v) { console.log('always', v); }
e.once('tick', onceA);
e.on('tick', always);
e.prependOnceListener('tick', (v) => console.log('prependOnce', v));
console.log('listeners', e.listeners('tick').map((f) => f.name || 'anon'));
console.log('raw has wrapper', e.rawListeners('tick')[1] !== onceA, e.rawListeners('tick')[1].listener === onceA);
e.emit('tick', 1);
e.emit('tick', 2);
console.log('count after', e.listenerCount('tick'));

// A once listener removed before it fires.
e.once('later', onceA);
e.removeListener('later', onceA);
console.log('removed once by original fn', e.listenerCount('later'), e.emit('later', 3));

// Calling the raw wrapper directly fires once and removes it.
e.once('raw', onceA);
const raw = e.rawListeners('raw')[0];
raw('direct');
raw('again');
console.log('after raw call', e.listenerCount('raw'));

// once re-entrancy: emitting the same event inside a once listener.
e.once('re', function (n) {
  console.log('re', n);
  this.emit('re', n + 1);
});
e.emit('re', 0);
console.log('once returns emitter', e.once('z', () => {}) === e);

// once with no args: listener gets called with no arguments
e.once('noargs', function () { console.log('noargs length', arguments.length); });
e.emit('noargs');
