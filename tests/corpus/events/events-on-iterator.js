const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setImmediate(() => {
    e.emit('item', 1);
    e.emit('item', 2, 'x');
    e.emit('item', 3);
  });
  let n = 0;
  for await (const args of on(e, 'item')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('after break listeners', e.listenerCount('item'), e.listenerCount('error'));

  setImmediate(() => {
    e.emit('item', 'only');
    e.emit('error', new Error('stop'));
  });
  try {
    for await (const args of on(e, 'item')) console.log('got', args);
  } catch (err) {
    console.log('iterator threw', err.message, e.listenerCount('item'));
  }
}
main();
