// events.once waits for an event emitted from a timer; a signal can cancel the wait.
const { once, EventEmitter } = require('events');
const ee = new EventEmitter();
setTimeout(() => ee.emit('ready', 'a', 'b'), 10);
(async () => {
  const args = await once(ee, 'ready');
  console.log('ready with', args);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 10);
  try {
    await once(ee, 'never', { signal: ac.signal });
  } catch (err) {
    console.log('wait cancelled:', err.name, err.code);
  }
  setTimeout(() => ee.emit('error', new Error('bad thing')), 5);
  try {
    await once(ee, 'done');
  } catch (err) {
    console.log('once rejects on error:', err.message);
  }
})();
