// timers/promises timers reject with an AbortError when their signal aborts.
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const ac = new AbortController();
sleep(1000, 'x', { signal: ac.signal }).then(
  () => console.log('must not resolve'),
  (e) => console.log('rejected:', e.name, e.code)
);
immediate('y', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted:', e.name, e.code));
setTimeout(() => ac.abort(), 5);
