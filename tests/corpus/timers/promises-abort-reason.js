// timers/promises with an AbortSignal: the AbortError, its code, name and cause.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(1000, 'never', { signal: ac.signal }).then(
  () => console.log('resolved?!'),
  (err) => {
    console.log(err.name, err.code, err.message);
    console.log('cause:', err.cause);
    console.log('instanceof Error:', err instanceof Error);
  });
setTimeout(() => ac.abort('user cancelled'), 10);
