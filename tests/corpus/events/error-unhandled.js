const EventEmitter = require('events');

const e = new EventEmitter();
const values = [new Error('boom'), new TypeError('typed'), 'a string', 42, undefined, null, { a: 1, b: 'two' }, [1, 2], Symbol('s')];
for (const v of values) {
  try {
    e.emit('error', v);
    console.log('no throw?');
  } catch (err) {
    console.log(err === v ? 'threw the value itself' : 'wrapped', err.name, err.code, JSON.stringify(err.message));
    if (err.code === 'ERR_UNHANDLED_ERROR') console.log('  context is value:', err.context === v || (Number.isNaN(err.context) && Number.isNaN(v)));
  }
}
try {
  e.emit('error');
} catch (err) {
  console.log('no args:', err.code, err.message);
}
e.on('error', (err) => console.log('handled', err.message));
console.log('emit returns', e.emit('error', new Error('caught')));
