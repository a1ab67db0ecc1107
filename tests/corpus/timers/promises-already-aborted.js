// An already-aborted signal rejects right away (asynchronously), without arming a timer.
const tp = require('timers/promises');
const signal = AbortSignal.abort();
const started = Date.now();
Promise.allSettled([
  tp.setTimeout(500, 'x', { signal }),
  tp.setImmediate('y', { signal }),
]).then((results) => {
  for (const r of results) console.log(r.status, r.reason.name, r.reason.code);
  console.log('fast:', Date.now() - started < 100);
  console.log('cause is a DOMException AbortError:', results[0].reason.cause && results[0].reason.cause.name);
});
