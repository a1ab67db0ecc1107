// Node's `async_hooks`: AsyncLocalStorage and AsyncResource. The host captures the current
// context frame whenever a callback is scheduled (timers, immediates, nextTick, promise
// reactions, fs requests) and restores it when the callback runs, so a store flows along.
// The frame is an immutable Map from AsyncLocalStorage to store (or undefined for none).
'use strict';
const { getContext, setContext, runInContext, validateFunction, makeError, invalidArgType, ns } = internals;
const trace = ns.trace;

// Trace ids of the storages, kept off the objects so that they inspect as Node's do.
const storageIds = new WeakMap();
let nStorages = 0;
// The enabled storages, in the order they were enabled (Node's `storageList`).
const storageList = [];

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
    storageIds.set(this, ++nStorages);
  }
  static bind(fn) { return AsyncResource.bind(fn); }
  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }
  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      storageList.push(this);
    }
  }
  disable() {
    if (this.enabled) {
      this.enabled = false;
      storageList.splice(storageList.indexOf(this), 1);
    }
    const ctx = getContext();
    if (ctx && ctx.has(this)) {
      const next = new Map(ctx);
      next.delete(this);
      setContext(next.size ? next : undefined);
    }
  }
  getStore() {
    // As in Node v20: a disabled storage answers undefined everywhere, also in callbacks
    // scheduled while it held a store, until run() or enterWith() enables it again.
    if (!this.enabled) return undefined;
    const ctx = getContext();
    return ctx ? ctx.get(this) : undefined;
  }
  enterWith(store) {
    this._enable();
    const next = new Map(getContext() || []);
    next.set(this, store);
    setContext(next);
    if (internals.recording) trace('context.enter', { storage: storageIds.get(this), store: describe(store), note: 'enterWith replaces the store for the rest of this synchronous execution and everything it schedules.' });
  }
  run(store, callback, ...args) {
    // Node's fast path: the same store is already current, so the callback runs as is (and an
    // enterWith inside it is not undone when run returns).
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    const next = new Map(getContext() || []);
    next.set(this, store);
    if (internals.recording) trace('context.run', { storage: storageIds.get(this), store: describe(store), note: 'run() makes the store current for the callback and everything it schedules.' });
    return runInContext(next, callback, null, args);
  }
  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const ctx = getContext();
    let next = ctx;
    if (ctx && ctx.has(this)) {
      next = new Map(ctx);
      next.delete(this);
      if (!next.size) next = undefined;
    }
    return runInContext(next, callback, null, args);
  }
}
function describe(store) {
  try { return typeof store === 'object' ? JSON.stringify(store) : String(store); } catch (e) { return String(store); }
}

const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
// The context frame each resource captured when it was created.
const resourceContexts = new WeakMap();

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw makeError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerAsyncId}`);
    }
    const ctx = getContext();
    resourceContexts.set(this, ctx);
    this[async_id_symbol] = ns.newId();
    this[trigger_async_id_symbol] = triggerAsyncId;
    // Node's init hook copies every enabled storage's current store onto the resource.
    for (const storage of storageList) this[storage.kResourceStore] = ctx ? ctx.get(storage) : undefined;
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return runInContext(resourceContexts.get(this), fn, thisArg, args);
  }
  emitDestroy() { return this; }
  asyncId() { return this[async_id_symbol]; }
  triggerAsyncId() { return this[trigger_async_id_symbol]; }
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) { return resource.runInAsyncScope(fn, this, ...args); };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() { warnAsyncResourceDeprecated(); return self; },
        set(val) { warnAsyncResourceDeprecated(); self = val; },
      },
    });
    return bound;
  }
  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

let warnedAsyncResource = false;
function warnAsyncResourceDeprecated() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
}

function executionAsyncId() { return 1; }

module.exports = {
  AsyncLocalStorage,
  createHook() { return { enable() { return this; }, disable() { return this; } }; },
  executionAsyncId,
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return {}; },
  asyncWrapProviders: Object.freeze(Object.assign(Object.create(null), {
    NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
    BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
    GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
    HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
    MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25,
    PROMISE: 26, QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29, SHUTDOWNWRAP: 30,
    SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34, TCPSERVERWRAP: 35,
    TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39, SIGINTWATCHDOG: 40, WORKER: 41,
    WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43, ZLIB: 44, CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46,
    KEYPAIRGENREQUEST: 47, KEYGENREQUEST: 48, KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50,
    DERIVEBITSREQUEST: 51, HASHREQUEST: 52, RANDOMBYTESREQUEST: 53, RANDOMPRIMEREQUEST: 54,
    SCRYPTREQUEST: 55, SIGNREQUEST: 56, TLSWRAP: 57, VERIFYREQUEST: 58,
  })),
  AsyncResource,
};
