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

const { nodeError: makeError } = require('internal_errors');

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRe = /^([A-Z][a-z0-9]*)+$/;

function joinAlternatives(list, prefixMany, prefixOne) {
  if (list.length > 2) return `${prefixMany}${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
  if (list.length === 2) return `${prefixMany}${list[0]} or ${list[1]}`;
  return `${prefixOne}${list[0]}`;
}

// Node's ERR_INVALID_ARG_TYPE message: "The "x" argument must be of type y. Received ...".
function errInvalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += joinAlternatives(types, 'one of type ', 'of type ');
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      msg += `an instance of ${instances.slice(0, -1).join(', ')}, or ${instances[instances.length - 1]}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += joinAlternatives(other, 'one of ', '');
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}. Received ${describeValue(actual)}`);
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
  if (emitterOrTarget && emitterOrTarget[kTargetListeners] instanceof Map) {
    const list = emitterOrTarget[kTargetListeners].get(`${type}`) || [];
    return list.map((record) => record.listener);
  }
  throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget && emitterOrTarget[kMaxEventTargetListeners] !== undefined) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
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
        throw errInvalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
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
  configurable: true,
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
  configurable: true,
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

// ---------------------------------------------------------------------------
// Event, EventTarget, AbortController and AbortSignal.
//
// Node's `events` module does not export these; nodescope's bootstrap takes the globals of the
// same names from here (when the host has none), so they are attached as non-enumerable
// properties and `Object.keys(require('events'))` stays as in Node.

const kEventInternals = Symbol('kEventInternals');
const kTargetListeners = Symbol('kTargetListeners');

function now() {
  return typeof performance === 'object' && performance && typeof performance.now === 'function' ? performance.now() : 0;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    if (options != null && typeof options !== 'object') throw errInvalidArgType('options', 'object', options);
    this[kEventInternals] = {
      type: `${type}`,
      bubbles: !!(options && options.bubbles),
      cancelable: !!(options && options.cancelable),
      composed: !!(options && options.composed),
      defaultPrevented: false,
      timeStamp: now(),
      target: null,
      currentTarget: null,
      phase: 0,
      stop: false,
      propagationStopped: false,
      trusted: false,
    };
  }
  get type() { return this[kEventInternals].type; }
  get target() { return this[kEventInternals].target; }
  get currentTarget() { return this[kEventInternals].currentTarget; }
  get srcElement() { return this[kEventInternals].target; }
  get eventPhase() { return this[kEventInternals].phase; }
  get bubbles() { return this[kEventInternals].bubbles; }
  get cancelable() { return this[kEventInternals].cancelable; }
  get composed() { return this[kEventInternals].composed; }
  get defaultPrevented() { return this[kEventInternals].cancelable && this[kEventInternals].defaultPrevented; }
  get timeStamp() { return this[kEventInternals].timeStamp; }
  get isTrusted() { return this[kEventInternals].trusted; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kEventInternals].propagationStopped; }
  set cancelBubble(value) { if (value) this[kEventInternals].propagationStopped = true; }
  composedPath() { return this[kEventInternals].phase === 0 ? [] : [this[kEventInternals].currentTarget]; }
  preventDefault() { this[kEventInternals].defaultPrevented = true; }
  stopPropagation() { this[kEventInternals].propagationStopped = true; }
  stopImmediatePropagation() {
    this[kEventInternals].propagationStopped = true;
    this[kEventInternals].stop = true;
  }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}

function reportListenerError(err) {
  process.nextTick(() => {
    throw err;
  });
}

class EventTarget {
  constructor() {
    this[kTargetListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" and "listener" arguments must be specified');
    if (listener == null) return;
    const opts = typeof options === 'boolean' ? { capture: options } : (options || {});
    const once = !!opts.once;
    const capture = !!opts.capture;
    const signal = opts.signal;
    if (signal && signal.aborted) return;
    type = `${type}`;
    let list = this[kTargetListeners].get(type);
    if (!list) {
      list = [];
      this[kTargetListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture && !l.removed)) return;
    const record = { listener, once, capture, removed: false };
    list.push(record);
    if (signal && typeof signal.addEventListener === 'function') {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const list = this[kTargetListeners].get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i === -1) return;
    list[i].removed = true;
    list.splice(i, 1);
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw errInvalidArgType('event', 'Event', event);
    const internals = event[kEventInternals];
    if (internals.phase !== 0) {
      throw makeError(Error, 'ERR_EVENT_RECURSION', `The event "${internals.type}" is already being dispatched`);
    }
    internals.target = this;
    internals.currentTarget = this;
    internals.phase = 2;
    const list = this[kTargetListeners].get(internals.type);
    if (list) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(internals.type, record.listener, { capture: record.capture });
        try {
          const l = record.listener;
          let result;
          if (typeof l === 'function') result = l.call(this, event);
          else if (l && typeof l.handleEvent === 'function') result = l.handleEvent(event);
          if (result && typeof result.then === 'function') result.then(undefined, reportListenerError);
        } catch (err) {
          reportListenerError(err);
        }
        if (internals.stop) break;
      }
    }
    internals.currentTarget = null;
    internals.phase = 0;
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function abortReason(reason, message) {
  if (reason !== undefined) return reason;
  if (typeof DOMException === 'function') return new DOMException(message, 'AbortError');
  const err = new Error(message);
  err.name = 'AbortError';
  err.code = 20;
  return err;
}

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kOnAbort = Symbol('kOnAbort');
let allowSignal = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!allowSignal) throw makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kOnAbort] = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  get onabort() { return this[kOnAbort] ? this[kOnAbort].handler : null; }
  set onabort(fn) {
    if (this[kOnAbort]) {
      this[kOnAbort].handler = typeof fn === 'function' ? fn : null;
      return;
    }
    if (typeof fn !== 'function') return;
    const slot = { handler: fn };
    this[kOnAbort] = slot;
    this.addEventListener('abort', function (ev) {
      if (slot.handler) return slot.handler.call(this, ev);
    });
  }
  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }
  static abort(reason = undefined) {
    const signal = newSignal();
    signal[kAborted] = true;
    signal[kReason] = abortReason(reason, 'This operation was aborted');
    return signal;
  }
  static timeout(delay) {
    if (typeof delay !== 'number') throw errInvalidArgType('delay', 'number', delay);
    const signal = newSignal();
    const t = setTimeout(() => {
      let reason;
      if (typeof DOMException === 'function') {
        reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      } else {
        reason = new Error('The operation was aborted due to timeout');
        reason.name = 'TimeoutError';
        reason.code = 23;
      }
      abortSignal(signal, reason);
    }, delay);
    if (t && typeof t.unref === 'function') t.unref();
    return signal;
  }
  static any(signals) {
    const signal = newSignal();
    for (const s of signals) {
      if (s.aborted) {
        signal[kAborted] = true;
        signal[kReason] = s.reason;
        return signal;
      }
    }
    for (const s of signals) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    }
    return signal;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function newSignal() {
  allowSignal = true;
  try {
    return new AbortSignal();
  } finally {
    allowSignal = false;
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  event[kEventInternals].trusted = true;
  signal.dispatchEvent(event);
}

const kSignal = Symbol('kSignal');
class AbortController {
  constructor() {
    // Node's is a private field: not a key util.inspect sees.
    Object.defineProperty(this, kSignal, { value: newSignal(), writable: true, configurable: true });
  }
  get signal() { return this[kSignal]; }
  abort(reason = undefined) {
    abortSignal(this[kSignal], abortReason(reason, 'This operation was aborted'));
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// How util.inspect shows them (Node's custom inspect functions): the public state, not the
// internal symbols.
const kInspect = Symbol.for('nodejs.util.inspect.custom');
function inspectAs(self, obj, depth, options, selfWhenDeep) {
  const name = self.constructor.name;
  if (depth < 0) return selfWhenDeep ? self : name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${require('util').inspect(obj === undefined ? {} : obj, opts)}`;
}
Object.defineProperty(Event.prototype, kInspect, {
  value(depth, options) {
    const i = this[kEventInternals];
    return inspectAs(this, { type: i.type, defaultPrevented: i.defaultPrevented, cancelable: i.cancelable, timeStamp: i.timeStamp }, depth, options);
  },
  writable: true, configurable: true,
});
Object.defineProperty(EventTarget.prototype, kInspect, {
  value(depth, options) { return inspectAs(this, undefined, depth, options); },
  writable: true, configurable: true,
});
Object.defineProperty(AbortSignal.prototype, kInspect, {
  value(depth, options) { return inspectAs(this, { aborted: this.aborted }, depth, options, true); },
  writable: true, configurable: true,
});
Object.defineProperty(AbortController.prototype, kInspect, {
  value(depth, options) { return inspectAs(this, { signal: this.signal }, depth, options, true); },
  writable: true, configurable: true,
});

// EventEmitterAsyncResource: an EventEmitter whose listeners run in its own async scope.
let EventEmitterAsyncResource;
function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
  const { AsyncResource } = require('async_hooks');
  const kResource = Symbol('kAsyncResource');
  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this.eventEmitter = ee;
    }
  }
  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = (options && options.name) || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      const resource = this[kResource];
      return resource.runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }
    emitDestroy() {
      this[kResource].emitDestroy();
    }
    get asyncId() { return this[kResource].asyncId(); }
    get triggerAsyncId() { return this[kResource].triggerAsyncId(); }
    get asyncResource() { return this[kResource]; }
  };
  return EventEmitterAsyncResource;
}

// Own enumerable properties in Node's order.
{
  const order = ['addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter',
    'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource', 'errorMonitor',
    'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount'];
  for (const key of order) {
    if (key === 'EventEmitterAsyncResource') {
      Object.defineProperty(EventEmitter, key, {
        enumerable: true,
        configurable: true,
        get: getEventEmitterAsyncResource,
        set(value) {
          Object.defineProperty(EventEmitter, key, { value, enumerable: true, writable: true, configurable: true });
        },
      });
      continue;
    }
    const desc = Object.getOwnPropertyDescriptor(EventEmitter, key);
    if (!desc || !desc.configurable) continue;
    delete EventEmitter[key];
    Object.defineProperty(EventEmitter, key, desc);
  }
}

for (const [name, value] of [['Event', Event], ['EventTarget', EventTarget], ['AbortController', AbortController], ['AbortSignal', AbortSignal]]) {
  Object.defineProperty(EventEmitter, name, { value, enumerable: false, writable: true, configurable: true });
}

module.exports = EventEmitter;
