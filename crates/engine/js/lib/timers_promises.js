// Node's `timers/promises`: promise versions of setTimeout, setImmediate and setInterval.
'use strict';
function abortError(signal) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}
function setTimeoutP(delay, value, options = {}) {
  const { signal, ref = true } = options || {};
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve(value), delay);
    if (!ref) t.unref();
    if (signal) signal.addEventListener('abort', () => { clearTimeout(t); reject(abortError(signal)); }, { once: true });
  });
}
function setImmediateP(value, options = {}) {
  const { signal, ref = true } = options || {};
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const i = setImmediate(() => resolve(value));
    if (!ref) i.unref();
    if (signal) signal.addEventListener('abort', () => { clearImmediate(i); reject(abortError(signal)); }, { once: true });
  });
}
async function* setIntervalP(delay, value, options = {}) {
  const { signal, ref = true } = options || {};
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const t = setInterval(() => { pending++; if (wake) { const w = wake; wake = null; w(); } }, delay);
  if (!ref) t.unref();
  try {
    for (;;) {
      if (pending === 0) await new Promise((r) => { wake = r; });
      pending--;
      yield value;
    }
  } finally {
    clearInterval(t);
  }
}
module.exports = {
  setTimeout: setTimeoutP,
  setImmediate: setImmediateP,
  setInterval: setIntervalP,
  scheduler: { wait: (delay, options) => setTimeoutP(delay, undefined, options), yield: () => setImmediateP() },
};
