// events.once with an AbortSignal, and events.addAbortListener.
const EventEmitter = require('events');
const { once, addAbortListener } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  setImmediate(() => ac.abort());
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log('rejected', err.name, err.code, err.message, 'listeners left', e.listenerCount('never'), e.listenerCount('error'));
  }
  try {
    await once(e, 'x', { signal: ac.signal });
  } catch (err) {
    console.log('already aborted', err.name);
  }
  const ac2 = new AbortController();
  addAbortListener(ac2.signal, () => console.log('abort listener ran'));
  ac2.abort();
  console.log('after abort()');
  try {
    await once(e, 'x', { signal: 'nope' });
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
