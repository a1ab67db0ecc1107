'use strict';
// nodescope: Node v20's `events` module (EventEmitter), written for the simulation.
// Behaviour is checked against real node by crates/engine/js/test/streams_check.js.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;
let captureRejections = false;

// ---------------------------------------------------------------------------
// Errors (Node-style: `code` own property, "Name [CODE]: message" in toString).

function describeValue(v) {
  if (v == null) return '' + v;
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') {
    const ctor = safeCtorName(v);
    if (ctor) return `an instance of ${ctor}`;
    return inspectValue(v, { depth: -1 });
  }
  if (typeof v === 'string' && v.length > 28) v = `${v.slice(0, 25)}...`;
  let shown = inspectValue(v, { colors: false });
  if (typeof v !== 'string' && shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof v} (${shown})`;
}

function safeCtorName(v) {
  try {
    const c = v.constructor;
    return c && typeof c.name === 'string' && c.name !== '' ? c.name : '';
  } catch {
    return '';
  }
}

let utilInspect;
function inspectValue(v, opts) {
  if (utilInspect === undefined) {
    try {
      utilInspect = require('util').inspect;
    } catch {
      utilInspect = null;
    }
    if (typeof utilInspect !== 'function') utilInspect = null;
  }
  if (utilInspect) return utilInspect(v, opts);
  return fallbackInspect(v, 0);
}

function fallbackInspect(v, depth) {
  switch (typeof v) {
    case 'string': return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'function': return v.name ? `[Function: ${v.name}]` : '[Function (anonymous)]';
    case 'object': {
      if (v === null) return 'null';
      if (v instanceof Error) return v.stack || String(v);
      if (depth > 1) return Array.isArray(v) ? '[Array]' : '[Object]';
      if (Array.isArray(v)) {
        return v.length === 0 ? '[]' : `[ ${v.map((x) => fallbackInspect(x, depth + 1)).join(', ')} ]`;
      }
      const keys = Object.keys(v);
      const proto = Object.getPrototypeOf(v);
      const prefix = proto === null ? '[Object: null prototype] ' :
        (proto !== Object.prototype && safeCtorName(v) ? safeCtorName(v) + ' ' : '');
      if (keys.length === 0) return `${prefix}{}`;
      const body = keys.map((k) => {
        const name = /^[A-Za-z_$][\w$]*$/.test(k) ? k : fallbackInspect(k, 0);
        return `${name}: ${fallbackInspect(v[k], depth + 1)}`;
      });
      return `${prefix}{ ${body.join(', ')} }`;
    }
    default:
      if (Object.is(v, -0)) return '-0';
      return String(v);
  }
}

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

function errInvalidArgType(name, type, actual) {
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be of type ${type}. Received ${describeValue(actual)}`);
}

function errOutOfRange(name, range, received) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${inspectValue(received)}`);
}

function validateNonNegativeNumber(n, name) {
  if (typeof n !== 'number') throw errInvalidArgType(name, 'number', n);
  if (n < 0 || Number.isNaN(n)) throw errOutOfRange(name, '>= 0', n);
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw errInvalidArgType('listener', 'function', listener);
}

function abortError(cause) {
  const err = new Error('The operation was aborted', cause === undefined ? undefined : { cause });
  Object.defineProperty(err, 'name', { value: 'AbortError', enumerable: false, writable: true, configurable: true });
  err.code = 'ABORT_ERR';
  return err;
}

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false,
});

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw errInvalidArgType('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function maxListenersOf(target) {
  if (target._maxListeners === undefined) return defaultMaxListeners;
  return target._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNonNegativeNumber(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function throwUnhandled(self, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er;
  let shown;
  try {
    shown = inspectValue(er);
  } catch {
    shown = er;
  }
  const err = makeError(Error, 'ERR_UNHANDLED_ERROR',
    shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`);
  err.context = er;
  throw err;
}

function handleRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  if (promise === null || (typeof promise !== 'object' && typeof promise !== 'function')) return;
  const then = promise.then;
  if (typeof then !== 'function') return;
  then.call(promise, undefined, (err) => {
    process.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](err, type, ...args);
      } else {
        const prev = emitter[kCapture];
        try {
          emitter[kCapture] = false;
          emitter.emit('error', err);
        } finally {
          emitter[kCapture] = prev;
        }
      }
    });
  });
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throwUnhandled(this, args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const r = handler.apply(this, args);
    if (r !== undefined && r !== null) handleRejection(this, r, type, args);
  } else {
    const snapshot = handler.slice();
    for (let i = 0; i < snapshot.length; i++) {
      const r = snapshot[i].apply(this, args);
      if (r !== undefined && r !== null) handleRejection(this, r, type, args);
    }
  }
  return true;
};

function leakWarning(target, type, count, max) {
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ` +
    `[${safeCtorName(target) || 'Object'}]. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(w);
  }
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = maxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      leakWarning(target, type, existing.length, m);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    } else if (l !== undefined) {
      if (listener != null) {
        let n = 0;
        for (let i = 0; i < l.length; i++) {
          if (l[i] === listener || l[i].listener === listener) n++;
        }
        return n;
      }
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Statics

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

function isEventTarget(obj) {
  return obj && typeof obj.addEventListener === 'function' && typeof obj.removeEventListener === 'function' &&
    typeof obj.on !== 'function';
}

function addAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw errInvalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function removeAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw errInvalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function validateSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw errInvalidArgType(name, 'AbortSignal', signal);
  }
}

async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal.reason);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      removeAgnostic(emitter, name, resolver);
      if (signal != null) removeAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };
    addAgnostic(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeAgnostic(emitter, name, resolver);
      removeAgnostic(emitter, 'error', errorListener);
      reject(abortError(signal.reason));
    }
    if (signal != null) addAgnostic(signal, 'abort', abortListener, { once: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  validateSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal.reason);
  const closeEvents = (options && options.close) || [];

  const unconsumed = [];
  const pending = [];
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumed.length > 0) return Promise.resolve({ value: unconsumed.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    return() {
      closeHandler();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw errInvalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      error = err;
      closeHandler();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  addAgnostic(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  for (const ev of closeEvents) addAgnostic(emitter, ev, closeHandler);
  if (signal) addAgnostic(signal, 'abort', abortListener, { once: true });

  function abortListener() {
    errorHandler(abortError(signal.reason));
  }

  function eventHandler(...args) {
    if (pending.length > 0) pending.shift().resolve({ value: args, done: false });
    else unconsumed.push(args);
  }

  function errorHandler(err) {
    finished = true;
    if (pending.length > 0) pending.shift().reject(err);
    else error = err;
    iterator.return();
  }

  function closeHandler() {
    removeAgnostic(emitter, event, eventHandler);
    if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
    for (const ev of closeEvents) removeAgnostic(emitter, ev, closeHandler);
    if (signal) removeAgnostic(signal, 'abort', abortListener);
    finished = true;
    while (pending.length > 0) pending.shift().resolve({ value: undefined, done: true });
  }

  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget && typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'].join(' or '), emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget && emitterOrTarget[kMaxEventTargetListeners] !== undefined) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw errInvalidArgType('emitter', 'EventEmitter or EventTarget', emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNonNegativeNumber(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const target of eventTargets) {
      if (target && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else if (isEventTarget(target)) {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else {
        throw errInvalidArgType('eventTargets', 'EventEmitter or EventTarget', target);
      }
    }
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw errInvalidArgType('signal', 'AbortSignal', signal);
  validateSignal(signal, 'signal');
  if (typeof listener !== 'function') throw errInvalidArgType('listener', 'function', listener);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    signal.removeEventListener('abort', listener);
  };
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  const disposable = { [Symbol.dispose || Symbol.for('nodejs.dispose')]: remove };
  return disposable;
}

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return captureRejections; },
  set(value) {
    if (typeof value !== 'boolean') throw errInvalidArgType('EventEmitter.captureRejections', 'boolean', value);
    captureRejections = value;
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNonNegativeNumber(arg, 'defaultMaxListeners');
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});

EventEmitter.setMaxListeners = setMaxListeners;

module.exports = EventEmitter;
