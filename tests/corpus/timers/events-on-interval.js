// events.on turns an emitter fed by setInterval into an async iterator.
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
let i = 0;
const iv = setInterval(() => ee.emit('data', ++i), 5);
(async () => {
  for await (const [value] of on(ee, 'data')) {
    console.log('data', value);
    if (value === 3) break;
  }
  clearInterval(iv);
  console.log('listeners left:', ee.listenerCount('data'));
})();
