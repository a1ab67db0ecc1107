// Node's `timers/promises` (lib/timers/promises.js in v20): promise versions of setTimeout,
// setImmediate and setInterval, and the experimental scheduler. Same validation, same
// AbortError, same extra turns (the `.finally()` that removes an abort listener).
'use strict';
/* global internals */
const { Timeout, Immediate, insertTimer, makeError, describeType } = internals;

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function invalidArg(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${kind} must be ${expected}.${describeType(value)}`);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArg(name, 'an instance of AbortSignal', signal);
  }
}
// Validates the options; returns an error to reject with, or undefined.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') return invalidArg('options', 'of type object', options);
  const { signal, ref = true } = options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return err;
  }
  if (typeof ref !== 'boolean') return invalidArg('options.ref', 'of type boolean', ref);
  return undefined;
}
function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal.reason }));
  }
}

function setTimeout(after, value, options = {}) {
  const args = value !== undefined ? [value] : value;
  const invalid = checkOptions(options);
  if (invalid) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insertTimer(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, clearTimeout, reject, signal);
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = {}) {
  const invalid = checkOptions(options);
  if (invalid) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, clearImmediate, reject, signal);
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

async function* setInterval(after, value, options = {}) {
  if (options == null || typeof options !== 'object') throw invalidArg('options', 'of type object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArg('options.ref', 'of type boolean', ref);
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insertTimer(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => callback = resolve);
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal && signal.reason });
  } finally {
    clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onCancel);
  }
}

// The experimental scheduler (v20): wait() is setTimeout without a value, yield() is
// setImmediate.
class Scheduler {
  yield() {
    return setImmediate();
  }
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(),
};
