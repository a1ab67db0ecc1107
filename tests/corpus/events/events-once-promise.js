const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  setImmediate(() => {
    console.log('emitting ready');
    e.emit('ready', 'a', 'b');
    console.log('emitted ready, listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  });
  const args = await once(e, 'ready');
  console.log('once resolved', args);

  setImmediate(() => e.emit('error', new Error('failed')));
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }

  // Waiting for 'error' itself resolves with the error.
  setImmediate(() => e.emit('error', new Error('as value')));
  const [err] = await once(e, 'error');
  console.log('once(error) resolved', err.message);

  // Ordering: the promise settles after the emit returns, after nextTicks queued in listeners.
  const p = once(e, 'go').then(() => console.log('then after once'));
  e.on('go', () => process.nextTick(() => console.log('nextTick from listener')));
  e.emit('go');
  console.log('after emit go');
  await p;
  Promise.resolve().then(() => console.log('plain microtask'));
}
main().then(() => console.log('done'));
