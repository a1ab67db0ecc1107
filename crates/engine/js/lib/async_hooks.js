// Node's `async_hooks`: AsyncLocalStorage and AsyncResource. The host captures the current
// context frame whenever a callback is scheduled (timers, immediates, nextTick, promise
// reactions, fs requests) and restores it when the callback runs, so a store flows along.
'use strict';
const { getContext, setContext, runInContext, validateFunction, ns } = internals;
const trace = ns.trace;

let storageIds = 0;
class AsyncLocalStorage {
  constructor() {
    this.__id = ++storageIds;
    this.__enabled = false;
  }
  static bind(fn) { return AsyncResource.bind(fn); }
  static snapshot() {
    const ctx = getContext();
    return (fn, ...args) => runInContext(ctx, fn, undefined, args);
  }
  disable() {
    this.__enabled = false;
    const ctx = getContext();
    if (ctx && ctx.has(this)) {
      const next = new Map(ctx);
      next.delete(this);
      setContext(next.size ? next : undefined);
    }
  }
  getStore() {
    const ctx = getContext();
    return ctx ? ctx.get(this) : undefined;
  }
  enterWith(store) {
    this.__enabled = true;
    const next = new Map(getContext() || []);
    next.set(this, store);
    setContext(next);
    if (internals.recording) trace('context.enter', { storage: this.__id, store: describe(store), note: 'enterWith replaces the store for the rest of this synchronous execution and everything it schedules.' });
  }
  run(store, callback, ...args) {
    this.__enabled = true;
    const next = new Map(getContext() || []);
    next.set(this, store);
    if (internals.recording) trace('context.run', { storage: this.__id, store: describe(store), note: 'run() makes the store current for the callback and everything it schedules.' });
    return runInContext(next, callback, undefined, args);
  }
  exit(callback, ...args) {
    const ctx = getContext();
    let next = ctx;
    if (ctx && ctx.has(this)) {
      next = new Map(ctx);
      next.delete(this);
      if (!next.size) next = undefined;
    }
    return runInContext(next, callback, undefined, args);
  }
}
function describe(store) {
  try { return typeof store === 'object' ? JSON.stringify(store) : String(store); } catch (e) { return String(store); }
}

class AsyncResource {
  constructor(type, options) {
    Object.defineProperty(this, '__type', { value: type });
    this.__ctx = getContext();
    this.__id = ns.newId();
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return runInContext(this.__ctx, fn, thisArg, args);
  }
  emitDestroy() { return this; }
  asyncId() { return this.__id; }
  triggerAsyncId() { return 1; }
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = function (...args) { return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args); };
    Object.defineProperty(bound, 'length', { value: fn.length });
    Object.defineProperty(bound, 'asyncResource', { value: this, enumerable: true, configurable: true, writable: true });
    return bound;
  }
  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  executionAsyncId() { return 1; },
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return {}; },
  createHook() { return { enable() { return this; }, disable() { return this; } }; },
};
