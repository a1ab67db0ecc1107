// nodescope bootstrap: Node v20's JS-level runtime (timers, immediates, nextTick, process,
// console, require) over the host's natives in `ns` (globalThis.__nodescope).
// Evaluated once before the user's program; returns the hooks the Rust loop calls.
(function bootstrap(ns, global) {
  'use strict';

  const Q = {
    main: 'main', timers: 'timers', pending: 'pending', poll: 'poll', check: 'check',
    close: 'close', tick: 'next_tick', micro: 'microtask', pool: 'threadpool',
  };
  const ev = ns.ev;
  const recording = ns.recording();

  // ---- labels for the trace -------------------------------------------------------------
  function labelOf(fn) {
    if (!recording || typeof fn !== 'function') return '';
    let text;
    try { text = Function.prototype.toString.call(fn); } catch (e) { text = ''; }
    if (fn.name && fn.name !== 'anonymous' && !/^(bound )/.test(fn.name)) return fn.name;
    text = text.replace(/\s+/g, ' ').trim();
    const arrow = /^(async\s*)?(\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>\s*/.exec(text);
    if (arrow) text = text.slice(arrow[0].length);
    else {
      const body = text.indexOf('{');
      if (body >= 0) text = text.slice(body);
    }
    if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1).trim();
    if (text.length > 42) text = text.slice(0, 40) + '…';
    return text || '(anonymous)';
  }
  function fnLine(fn) {
    if (!recording || typeof fn !== 'function') return -1;
    return ns.functionLine(fn);
  }

  // ---- async context (AsyncLocalStorage support) --------------------------------------
  // The current context frame (a Map from AsyncLocalStorage to store, or undefined) lives in
  // the host, which also saves and restores it around promise jobs.
  const getContext = ns.getContext;
  const setContext = ns.setContext;
  // What the outermost callback left current when it returned (an interval's next run keeps
  // an enterWith, as Node v20 stores it on the Timeout), and the context an error escaped from
  // (Node emits 'uncaughtException' before it leaves the failed callback's context).
  let contextAtReturn;
  let escapedError, escapedContext;
  function runInContext(ctx, fn, thisArg, args) {
    const prev = getContext();
    if (ctx !== prev) setContext(ctx);
    try {
      return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args);
    } catch (err) {
      escapedError = err;
      escapedContext = getContext();
      throw err;
    } finally {
      contextAtReturn = getContext();
      if (ctx !== prev) setContext(prev);
    }
  }

  // ---- errors -----------------------------------------------------------------------------
  function makeError(Ctor, code, message) {
    const e = new Ctor(message);
    Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    const origName = e.name;
    // Node shows the code in the name part of the stack: "TypeError [CODE]: message".
    try {
      e.stack = `${origName} [${code}]: ${message}` + (typeof e.stack === 'string' ? e.stack.slice(e.stack.indexOf('\n') === -1 ? e.stack.length : e.stack.indexOf('\n')) : '');
    } catch (_) { /* ignore */ }
    return e;
  }
  function describeType(value) {
    if (value == null) return ' Received ' + value;
    if (typeof value === 'function') return ` Received function ${value.name || '(anonymous)'}`;
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
      return ' Received ' + inspect(value, { depth: -1 });
    }
    let shown = inspect(value, { colors: false });
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    if (typeof value === 'string') return ` Received type string (${shown})`;
    return ` Received type ${typeof value} (${shown})`;
  }
  function invalidArgType(name, expected, value) {
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be ${expected}.${describeType(value)}`);
  }
  function validateFunction(fn, name) {
    if (typeof fn !== 'function') throw invalidArgType(name, 'of type function', fn);
  }

  // ---- util (lazy, so that util.js can require things) --------------------------------
  let utilModule;
  function util() {
    if (!utilModule) utilModule = requireBuiltin('util');
    return utilModule;
  }
  function inspect(v, opts) {
    try { return util().inspect(v, opts); } catch (e) { return String(v); }
  }
  function format(...args) {
    return util().format(...args);
  }

  // ---- process.nextTick and the microtask drain ----------------------------------------
  let tickQueue = [];
  let tickHead = 0;
  let tickRunning = false;
  function hasTickScheduled() { return tickHead < tickQueue.length; }

  function nextTick(callback, ...args) {
    validateFunction(callback, 'callback');
    if (process._exiting) return;
    const id = ns.newId();
    tickQueue.push({ callback, args: args.length ? args : undefined, id, ctx: getContext() });
    if (recording) ev('enqueue', Q.tick, id, labelOf(callback), fnLine(callback), -1);
  }

  function runTickItem(t) {
    if (recording) {
      ev('dequeue', Q.tick, t.id, '', -1, -1);
      ev('start', Q.tick, t.id, labelOf(t.callback), fnLine(t.callback), -1);
    }
    ns.callbackCost();
    try {
      runInContext(t.ctx, t.callback, undefined, t.args);
    } catch (err) {
      if (recording) ev('end', Q.tick, t.id, '', -1, -1);
      triggerUncaughtException(err, false);
      return;
    }
    if (recording) ev('end', Q.tick, t.id, '', -1, -1);
  }

  // Node's processTicksAndRejections: every tick, then every microtask, until both are
  // empty and no rejection is waiting to be reported.
  function processTicksAndRejections() {
    if (tickRunning) return;
    tickRunning = true;
    try {
      do {
        while (tickHead < tickQueue.length) {
          const t = tickQueue[tickHead];
          tickQueue[tickHead++] = undefined;
          runTickItem(t);
        }
        tickQueue = [];
        tickHead = 0;
        ns.runMicrotasks();
      } while (tickHead < tickQueue.length || processPromiseRejections());
    } finally {
      tickRunning = false;
    }
  }

  // What runs after every callback from the loop (InternalCallbackScope::Close).
  function afterCallback() {
    if (!hasTickScheduled() && !ns.hasRejections()) {
      if (!ns.hasMicrotasks()) return;
      if (recording) ev('drainStart', '', 0, '', -1, -1);
      ns.runMicrotasks();
      if (!hasTickScheduled() && !ns.hasRejections()) {
        if (recording) ev('drainEnd', '', 0, '', -1, -1);
        return;
      }
    } else if (recording) ev('drainStart', '', 0, '', -1, -1);
    processTicksAndRejections();
    if (recording) ev('drainEnd', '', 0, '', -1, -1);
  }
  const runNextTicks = afterCallback;

  // ---- promise rejections (Node's default mode: throw) ---------------------------------
  const pendingUnhandled = [];   // {promise, reason}
  const reportedUnhandled = new WeakMap(); // promise -> true once reported to the handler
  let warnedHandledLate = false;
  function processPromiseRejections() {
    const changes = ns.takeRejections();
    for (let i = 0; i < changes.length; i += 4) {
      const op = changes[i], promise = changes[i + 1], reason = changes[i + 2], ctx = changes[i + 3];
      if (op === 'reject') {
        pendingUnhandled.push({ promise, reason, ctx });
      } else {
        const idx = pendingUnhandled.findIndex((p) => p.promise === promise);
        if (idx >= 0) pendingUnhandled.splice(idx, 1);
        else if (reportedUnhandled.has(promise)) {
          reportedUnhandled.delete(promise);
          const id = ++rejectionHandledCounter;
          if (process.listenerCount('rejectionHandled') > 0) {
            process.emit('rejectionHandled', promise);
          } else {
            process.emitWarning(`Promise rejection was handled asynchronously (rejection id: ${id})`, 'PromiseRejectionHandledWarning');
          }
        }
      }
    }
    let hadAny = false;
    while (pendingUnhandled.length) {
      const { promise, reason, ctx } = pendingUnhandled.shift();
      hadAny = true;
      reportedUnhandled.set(promise, true);
      // Node reports a rejection in the promise's own async context (approximated by the one
      // current when it was rejected).
      const handled = process.listenerCount('unhandledRejection') > 0 &&
        runInContext(ctx, () => process.emit('unhandledRejection', reason, promise), undefined, undefined);
      if (!handled) {
        let err = reason;
        if (!(reason instanceof Error)) {
          let shown;
          try { shown = noSideEffectsToString(reason); } catch (_) { shown = '[object Object]'; }
          err = makeError(Error, 'ERR_UNHANDLED_REJECTION',
            'This error originated either by throwing inside of an async function without a catch block, ' +
            'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
            ` reason "${shown}".`);
          err.name = 'UnhandledPromiseRejection';
          err.__nodescopeNoStack = true;
        }
        triggerUncaughtException(err, true, ctx);
      }
    }
    return hadAny && hasTickScheduled();
  }
  // V8's NoSideEffectsToString, which Node uses to name a non-Error rejection reason:
  // "#<Ctor>" for objects with the default toString, "[object Tag]" otherwise.
  function noSideEffectsToString(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (v === null || typeof v !== 'object') return String(v);
    const dataProp = (o, key) => {
      for (let p = o; p !== null; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, key);
        if (d) return 'value' in d ? d.value : undefined;
      }
      return undefined;
    };
    const toStr = dataProp(v, 'toString');
    if (toStr === Error.prototype.toString) {
      const name = dataProp(v, 'name'), message = dataProp(v, 'message');
      const n = name === undefined ? 'Error' : String(name), m = message === undefined ? '' : String(message);
      return !n ? m : !m ? n : `${n}: ${m}`;
    }
    if (toStr === Object.prototype.toString) {
      const ctor = dataProp(v, 'constructor');
      if (typeof ctor === 'function') {
        const name = dataProp(ctor, 'name');
        if (typeof name === 'string' && name !== '') return `#<${name}>`;
      }
    }
    const tag = dataProp(v, Symbol.toStringTag);
    // The builtin class name: Object.prototype.toString's tag without @@toStringTag.
    let builtin = 'Object';
    if (Array.isArray(v)) builtin = 'Array';
    else if (v instanceof Date) builtin = 'Date';
    else if (v instanceof RegExp) builtin = 'RegExp';
    else if (v instanceof Boolean) builtin = 'Boolean';
    else if (v instanceof Number) builtin = 'Number';
    else if (v instanceof String) builtin = 'String';
    return `[object ${typeof tag === 'string' ? tag : builtin}]`;
  }
  let rejectionHandledCounter = 0;

  // ---- uncaught exceptions --------------------------------------------------------------
  function triggerUncaughtException(err, fromPromise, ctx) {
    if (process._exiting) return;
    if (arguments.length < 3) ctx = err !== undefined && err === escapedError ? escapedContext : getContext();
    escapedError = escapedContext = undefined;
    const prev = getContext();
    setContext(ctx);
    try {
      reportUncaught(err, fromPromise);
    } finally {
      setContext(prev);
    }
  }
  function reportUncaught(err, fromPromise) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, type);
    }
    if (process.listenerCount('uncaughtException') > 0) {
      try {
        process.emit('uncaughtException', err, type);
        return;
      } catch (err2) {
        // A throwing handler is fatal at once: exit code 7, and no 'exit' event.
        ns.reportError(formatUncaught(err2), describeErrorShort(err2));
        process._exiting = true;
        process.exitCode = 7;
        ns.exit(7);
        return;
      }
    }
    // worker_threads: a worker's uncaught error goes to its parent ('error' on the Worker).
    if (!(internals.workerUncaught && internals.workerUncaught(err))) ns.reportError(formatUncaught(err), describeErrorShort(err));
    process.exitCode = fromPromise && !(err instanceof Error) ? 1 : (process.exitCode === undefined ? 1 : 1);
    exitNow(err && err.__nodescopeExitCode !== undefined ? err.__nodescopeExitCode : 1, true);
  }
  function describeErrorShort(err) {
    if (err instanceof Error) return `${err.name}: ${err.message}`;
    return inspect(err);
  }
  function formatUncaught(err) {
    let text = '';
    const where = err && typeof err === 'object' ? ns.errorLocation(err) : ns.lastThrowLocation();
    if (where && !(err && err.__nodescopeNoStack)) text += where + '\n';
    else if (err && err.__nodescopeNoStack) text += 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n';
    if (err instanceof Error || (err && typeof err === 'object' && typeof err.stack === 'string')) {
      if (err.__nodescopeNoStack) {
        text += `${err.name}: ${err.message}\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n` +
          `    at processPromiseRejections (node:internal/process/promises:470:17)\n` +
          `    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n  code: '${err.code}'\n}\n`;
      } else {
        text += inspect(err) + '\n';
      }
    } else {
      text += inspect(err) + '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
    }
    text += `\nNode.js ${process.version}\n`;
    return text;
  }

  // ---- exit ---------------------------------------------------------------------------------
  function exitNow(code, fromError) {
    if (!process._exiting) {
      process._exiting = true;
      if (code !== undefined) process.exitCode = code;
      try {
        process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
      } catch (err) {
        ns.reportError(formatUncaught(err), describeErrorShort(err));
        process.exitCode = 7;
      }
    }
    const finalCode = process.exitCode === undefined ? 0 : (process.exitCode | 0);
    ns.exit(finalCode); // never returns: ends the run
  }

  // ---- timers (Node's timer lists) ------------------------------------------------------
  const TIMEOUT_MAX = 2 ** 31 - 1;
  let timerListId = 0;
  const timerLists = new Map(); // msecs -> list
  let listQueue = [];           // lists ordered by (expiry, id)
  let timerRefCount = 0;
  let nextExpiry = Infinity;
  const kRefed = Symbol('refed');
  const kHasPrimitive = Symbol('kHasPrimitive');
  const kAsyncId = Symbol('asyncId');
  const kTriggerId = Symbol('triggerId');
  // Node's list of the timers of one duration (the sentinel of their linked list).
  class TimersList {
    constructor(msecs, expiry) {
      this._idleNext = this;
      this._idlePrev = this;
      this.expiry = expiry;
      this.id = timerListId++;
      this.msecs = msecs;
      this.priorityQueuePosition = null;
      Object.defineProperty(this, 'items', { value: [], writable: true });
    }
  }
  // The bookkeeping nodescope keeps on a timer or immediate, hidden from util.inspect.
  function hide(obj, id, ctx) {
    Object.defineProperties(obj, {
      __id: { value: id, writable: true },
      __ctx: { value: ctx, writable: true },
      __list: { value: null, writable: true },
    });
  }
  function sortLists() {
    listQueue.sort((a, b) => (a.expiry - b.expiry) || (a.id - b.id));
  }
  function publishTimers() {
    let next = Infinity;
    for (const l of listQueue) if (l.expiry < next) next = l.expiry;
    nextExpiry = next;
    // libuv's timer handle is active only while a list is armed; the count only refs it.
    ns.setTimerState(next === Infinity ? -1 : next, next === Infinity ? 0 : timerRefCount);
  }

  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      after *= 1;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX) {
          process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
        }
        after = 1;
      }
      this._idleTimeout = after;
      this._idlePrev = null;
      this._idleNext = null;
      this._idleStart = null;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      this[kRefed] = isRefed;
      this[kHasPrimitive] = false;
      const id = ns.newId();
      this[kAsyncId] = id;
      this[kTriggerId] = 1;
      hide(this, id, getContext());
      if (isRefed) timerRefCount++;
    }
    unref() {
      if (this[kRefed]) { this[kRefed] = false; if (!this._destroyed) { timerRefCount--; publishTimers(); } }
      return this;
    }
    ref() {
      if (!this[kRefed]) { this[kRefed] = true; if (!this._destroyed) { timerRefCount++; publishTimers(); } }
      return this;
    }
    hasRef() { return this[kRefed]; }
    refresh() {
      if (this._idleTimeout < 0 || this._idleTimeout === undefined) return this;
      if (this.__list) {
        removeFromList(this);
        if (recording) ev('cancel', Q.timers, this.__id, '', -1, -1);
      }
      if (this._destroyed) {
        this._destroyed = false;
        if (this[kRefed]) timerRefCount++;
      }
      insert(this, this._idleTimeout);
      return this;
    }
    close() { clearTimeout(this); return this; }
    [Symbol.toPrimitive]() {
      this[kHasPrimitive] = true;
      knownTimers.set(this.__id, this);
      return this.__id;
    }
    // As in Node: a Timeout inspects one level deep (its list shows as [TimersList]).
    [Symbol.for('nodejs.util.inspect.custom')](_, options, inspect) {
      return inspect(this, { ...options, depth: 0, customInspect: false });
    }
  }

  function insert(timer, msecs, start) {
    if (start === undefined) start = ns.loopNow();
    timer._idleStart = start;
    let list = timerLists.get(msecs);
    if (list === undefined) {
      list = new TimersList(msecs, start + msecs);
      timerLists.set(msecs, list);
      listQueue.push(list);
      sortLists();
    }
    // Linked as in Node's list: the newest timer sits right after the list head.
    timer._idleNext = list._idleNext;
    list._idleNext._idlePrev = timer;
    timer._idlePrev = list;
    list._idleNext = timer;
    list.items.push(timer);
    timer.__list = list;
    if (recording) {
      ev('enqueue', Q.timers, timer.__id, (timer._repeat ? 'setInterval: ' : 'setTimeout: ') + labelOf(timer._onTimeout),
        fnLine(timer._onTimeout), start + msecs);
    }
    publishTimers();
  }
  function unlink(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    item._idleNext = null;
    item._idlePrev = null;
  }
  function removeFromList(timer) {
    const list = timer.__list;
    if (!list) return;
    const i = list.items.indexOf(timer);
    if (i >= 0) list.items.splice(i, 1);
    timer.__list = null;
    unlink(timer);
    if (list.items.length === 0 && timerLists.get(list.msecs) === list) {
      timerLists.delete(list.msecs);
      listQueue = listQueue.filter((l) => l !== list);
    }
  }

  function setTimeout(callback, after, ...args) {
    validateFunction(callback, 'callback');
    const timer = new Timeout(callback, after, args.length ? args : undefined, false, true);
    insert(timer, timer._idleTimeout);
    return timer;
  }
  function setInterval(callback, repeat, ...args) {
    validateFunction(callback, 'callback');
    const timer = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
    insert(timer, timer._idleTimeout);
    return timer;
  }
  const knownTimers = new Map(); // primitive id -> timer, for clearTimeout(+timer)
  Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return requireBuiltin('timers/promises').setTimeout; }, enumerable: false, configurable: true,
  });
  Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return requireBuiltin('timers/promises').setImmediate; }, enumerable: false, configurable: true,
  });
  function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
      timer._onTimeout = null;
      unenroll(timer);
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const t = knownTimers.get(+timer);
      if (t) { t._onTimeout = null; unenroll(t); }
    }
  }
  function unenroll(timer) {
    if (timer._destroyed) return;
    timer._destroyed = true;
    if (timer[kRefed]) timerRefCount--;
    if (timer.__list) {
      removeFromList(timer);
      if (recording) ev('cancel', Q.timers, timer.__id, '', -1, -1);
    }
    timer._idleTimeout = -1;
    publishTimers();
  }

  // Runs the due timer lists; `now` is the loop time of this timers phase.
  function processTimers(now) {
    let ranAtLeastOneList = false;
    for (;;) {
      sortLists();
      const list = listQueue[0];
      if (list === undefined || list.expiry > now) break;
      if (ranAtLeastOneList) runNextTicks();
      else ranAtLeastOneList = true;
      if (listOnTimeout(list, now)) return;
    }
    publishTimers();
  }

  function listOnTimeout(list, now) {
    const msecs = list.msecs;
    let ranAtLeastOneTimer = false;
    let timer;
    while ((timer = list.items[0]) !== undefined) {
      const diff = now - timer._idleStart;
      if (diff < msecs) {
        list.expiry = Math.max(timer._idleStart + msecs, now + 1);
        list.id = timerListId++;
        sortLists();
        publishTimers();
        return false;
      }
      if (ranAtLeastOneTimer) runNextTicks();
      else ranAtLeastOneTimer = true;
      if (process._exiting) return true;
      list.items.shift();
      timer.__list = null;
      unlink(timer);
      if (!timer._onTimeout) {
        if (!timer._destroyed) { timer._destroyed = true; if (timer[kRefed]) timerRefCount--; }
        continue;
      }
      let start;
      if (timer._repeat) start = ns.loopNow();
      const cb = timer._onTimeout;
      if (recording) {
        ev('dequeue', Q.timers, timer.__id, '', -1, -1);
        ev('start', Q.timers, timer.__id, (timer._repeat ? 'setInterval: ' : 'setTimeout: ') + labelOf(cb), fnLine(cb), -1);
      }
      ns.callbackCost();
      let threw = false, error;
      try {
        runInContext(timer.__ctx, cb, timer, timer._timerArgs);
        if (timer._repeat) timer.__ctx = contextAtReturn;
      } catch (err) {
        threw = true; error = err;
      }
      if (recording) ev('end', Q.timers, timer.__id, '', -1, -1);
      if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer.__list && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) timerRefCount--;
      }
      if (threw) {
        finishListIfEmpty(list);
        publishTimers();
        triggerUncaughtException(error, false);
        // Node re-enters processTimers from C++ after the report: the next timer runs with
        // no nextTick/microtask drain in between.
        ranAtLeastOneTimer = false;
      }
    }
    finishListIfEmpty(list);
    publishTimers();
    return false;
  }
  function finishListIfEmpty(list) {
    if (list.items.length === 0 && timerLists.get(list.msecs) === list) {
      timerLists.delete(list.msecs);
      listQueue = listQueue.filter((l) => l !== list);
    }
  }

  // ---- immediates ---------------------------------------------------------------------------
  let immediateQueue = [];
  let immediateRefCount = 0;
  function publishImmediates() { ns.setImmediateState(immediateRefCount, immediateQueue.length); }
  class Immediate {
    constructor(callback, args) {
      this._idleNext = null;
      this._idlePrev = null;
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this[kRefed] = true;
      const id = ns.newId();
      this[kAsyncId] = id;
      this[kTriggerId] = 1;
      hide(this, id, getContext());
      immediateRefCount++;
      // Linked to the previous immediate, as in Node's ImmediateList.
      const tail = immediateQueue[immediateQueue.length - 1];
      if (tail) { tail._idleNext = this; this._idlePrev = tail; }
      immediateQueue.push(this);
      if (recording) ev('enqueue', Q.check, this.__id, labelOf(callback), fnLine(callback), -1);
      publishImmediates();
    }
    ref() { if (!this[kRefed] && !this._destroyed) { this[kRefed] = true; immediateRefCount++; publishImmediates(); } return this; }
    unref() { if (this[kRefed] && !this._destroyed) { this[kRefed] = false; immediateRefCount--; publishImmediates(); } return this; }
    hasRef() { return !!this[kRefed]; }
  }
  function setImmediate(callback, ...args) {
    validateFunction(callback, 'callback');
    return new Immediate(callback, args.length ? args : undefined);
  }
  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed) return;
    immediate._destroyed = true;
    if (immediate[kRefed]) immediateRefCount--;
    immediate[kRefed] = null;
    immediate._onImmediate = null;
    const i = immediateQueue.indexOf(immediate);
    if (i >= 0) { immediateQueue.splice(i, 1); unlink(immediate); }
    // Node's ImmediateList.remove() unlinks whatever it is given: a Timeout leaves its list.
    // Its list stays armed (empty) until it expires, keeping the loop alive until then.
    const list = immediate.__list;
    if (list) {
      const k = list.items.indexOf(immediate);
      if (k >= 0) list.items.splice(k, 1);
      immediate.__list = null;
      unlink(immediate);
      if (recording) ev('cancel', Q.timers, immediate.__id, '', -1, -1);
    }
    if (recording) ev('cancel', Q.check, immediate.__id, '', -1, -1);
    publishImmediates();
  }
  let outstanding = null;
  function processImmediate() {
    const queue = outstanding || immediateQueue;
    if (!outstanding) immediateQueue = [];
    outstanding = queue;
    publishImmediates();
    let ranAtLeastOne = false;
    while (queue.length) {
      if (ranAtLeastOne) runNextTicks();
      else ranAtLeastOne = true;
      if (process._exiting) return;
      const imm = queue.shift();
      if (imm._destroyed) continue;
      imm._destroyed = true;
      if (imm[kRefed]) immediateRefCount--;
      imm[kRefed] = null;
      publishImmediates();
      const cb = imm._onImmediate;
      if (recording) {
        ev('dequeue', Q.check, imm.__id, '', -1, -1);
        ev('start', Q.check, imm.__id, labelOf(cb), fnLine(cb), -1);
      }
      ns.callbackCost();
      try {
        runInContext(imm.__ctx, cb, imm, imm._argv);
      } catch (err) {
        if (recording) ev('end', Q.check, imm.__id, '', -1, -1);
        imm._onImmediate = null;
        triggerUncaughtException(err, false);
        // Node calls processImmediate again from C++: no drain before the next immediate.
        ranAtLeastOne = false;
        continue;
      }
      imm._onImmediate = null;
      if (recording) ev('end', Q.check, imm.__id, '', -1, -1);
    }
    outstanding = null;
    publishImmediates();
  }

  // ---- I/O callbacks from the host (poll phase, close phase) ----------------------------
  // The host calls this for each completion; `cb` was registered with a request.
  function runIoCallback(queue, id, cb, ctx, args) {
    if (process._exiting) return;
    if (recording) ev('start', queue, id, labelOf(cb), fnLine(cb), -1);
    ns.callbackCost();
    try {
      runInContext(ctx, cb, undefined, args);
    } catch (err) {
      if (recording) ev('end', queue, id, '', -1, -1);
      triggerUncaughtException(err, false);
      afterCallback();
      return;
    }
    if (recording) ev('end', queue, id, '', -1, -1);
    afterCallback();
  }

  // ---- queueMicrotask ----------------------------------------------------------------------
  function queueMicrotask(callback) {
    validateFunction(callback, 'callback');
    const ctx = getContext();
    const run = () => {
      try {
        runInContext(ctx, callback, undefined, undefined);
      } catch (err) {
        triggerUncaughtException(err, false);
      }
    };
    // The trace labels the job with the user's callback, not this wrapper.
    if (recording) Object.defineProperty(run, '__nodescopeLabelOf', { value: callback });
    Promise.resolve().then(run);
  }

  // ---- process --------------------------------------------------------------------------------
  const EventEmitterLazy = () => requireBuiltin('events');
  const process = Object.create(null);
  Object.setPrototypeOf(process, Object.prototype);
  {
    // Mix in EventEmitter behaviour without loading events.js eagerly.
    const listeners = new Map();
    const api = {
      on(name, fn) {
        if (name !== 'newListener' && listeners.has('newListener')) api.emit.call(process, 'newListener', name, fn);
        if (!listeners.has(name)) listeners.set(name, []);
        listeners.get(name).push({ fn, once: false });
        return process;
      },
      once(name, fn) {
        if (!listeners.has(name)) listeners.set(name, []);
        listeners.get(name).push({ fn, once: true });
        return process;
      },
      prependListener(name, fn) {
        if (!listeners.has(name)) listeners.set(name, []);
        listeners.get(name).unshift({ fn, once: false });
        return process;
      },
      prependOnceListener(name, fn) {
        if (!listeners.has(name)) listeners.set(name, []);
        listeners.get(name).unshift({ fn, once: true });
        return process;
      },
      off(name, fn) {
        const l = listeners.get(name);
        if (!l) return process;
        for (let i = l.length - 1; i >= 0; i--) if (l[i].fn === fn || l[i].fn.listener === fn) { l.splice(i, 1); break; }
        if (!l.length) listeners.delete(name);
        return process;
      },
      removeAllListeners(name) {
        if (name === undefined) listeners.clear(); else listeners.delete(name);
        return process;
      },
      emit(name, ...args) {
        const l = listeners.get(name);
        if (!l || !l.length) {
          if (name === 'error') { throw args[0]; }
          return false;
        }
        for (const entry of l.slice()) {
          if (entry.once) api.off(name, entry.fn);
          entry.fn.apply(process, args);
        }
        return true;
      },
      listenerCount(name) { const l = listeners.get(name); return l ? l.length : 0; },
      listeners(name) { const l = listeners.get(name); return l ? l.map((e) => e.fn) : []; },
      rawListeners(name) { return api.listeners(name); },
      eventNames() { return [...listeners.keys()]; },
      setMaxListeners() { return process; },
      getMaxListeners() { return 10; },
    };
    api.addListener = api.on;
    api.removeListener = api.off;
    for (const k of Object.keys(api)) {
      Object.defineProperty(process, k, { value: api[k], writable: true, configurable: true, enumerable: false });
    }
  }
  const hrtime = function hrtime(prev) {
    const ns_ = ns.hrtimeNs();
    let sec = Math.floor(ns_ / 1e9), nsec = ns_ - sec * 1e9;
    if (prev) {
      sec -= prev[0]; nsec -= prev[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  hrtime.bigint = function () { return BigInt(ns.hrtimeNs()); };
  let exitCode;
  Object.assign(process, {
    title: 'node',
    version: 'v20.20.2',
    versions: { node: '20.20.2', v8: '11.3.244.8-node.33', uv: '1.46.0', modules: '115' },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Iron' },
    pid: 4242,
    ppid: 4241,
    execPath: '/usr/bin/node',
    execArgv: [],
    argv: ['/usr/bin/node', ns.filename()].concat(ns.args()),
    argv0: 'node',
    env: new Proxy(Object.create(null, { HOME: { value: '/root', writable: true, enumerable: true, configurable: true },
      PATH: { value: '/usr/local/bin:/usr/bin:/bin', writable: true, enumerable: true, configurable: true } }), {
      set(target, key, value) { target[key] = String(value); return true; },
      defineProperty(target, key, desc) { target[key] = String(desc.value); return true; },
    }),
    features: {},
    config: { variables: {} },
    nextTick,
    hrtime,
    cwd() { return ns.cwd(); },
    chdir() { },
    uptime() { return ns.hrtimeNs() / 1e9; },
    memoryUsage: Object.assign(function memoryUsage() {
      const m = ns.memory();
      return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
    }, { rss() { return ns.memory().rss; } }),
    cpuUsage() { const us = Math.round(ns.hrtimeNs() / 1000); return { user: us, system: 0 }; },
    resourceUsage() { return {}; },
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      exitNow(undefined, false);
    },
    reallyExit(code) { ns.exit(code | 0); },
    abort() { ns.exit(134); },
    kill() { return true; },
    umask() { return 0o22; },
    getuid() { return 0; }, getgid() { return 0; }, geteuid() { return 0; }, getegid() { return 0; },
    emitWarning(warning, type, code) {
      let name = 'Warning';
      let detail;
      if (type && typeof type === 'object') { code = type.code; detail = type.detail; name = type.type || name; }
      else if (typeof type === 'string') name = type;
      let w = warning;
      if (typeof warning === 'string') {
        w = new Error(warning);
        w.name = name;
        if (code !== undefined) w.code = code;
        if (detail !== undefined) w.detail = detail;
      }
      nextTick(() => {
        if (process.listenerCount('warning') > 0) { process.emit('warning', w); }
        if (process.noDeprecation && w.name === 'DeprecationWarning') return;
        const pidPrefix = `(node:${process.pid}) `;
        let text = `${pidPrefix}${w.code ? `[${w.code}] ` : ''}${w.name}: ${w.message}`;
        if (typeof w.detail === 'string') text += `\n${w.detail}`;
        if (!warnedOnce) {
          const flag = w.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
          text += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
          warnedOnce = true;
        }
        ns.write(2, text + '\n');
      });
    },
    binding() { throw new Error('No such module'); },
    stdout: makeStdio(1),
    stderr: makeStdio(2),
    stdin: { isTTY: false, fd: 0, on() { return this; }, once() { return this; }, resume() { return this; }, pause() { return this; }, setEncoding() { return this; } },
  });
  let warnedOnce = false;
  function makeStdio(fd) {
    const stream = {
      fd, isTTY: false, columns: 80, writable: true, _isStdio: true, writableLength: 0, writableHighWaterMark: 16384,
      write(chunk, encoding, cb) {
        if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
        const text = typeof chunk === 'string' ? chunk : (chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : String(chunk));
        ns.write(fd, text);
        if (typeof cb === 'function') nextTick(cb, null);
        return true;
      },
      end(chunk, encoding, cb) {
        if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
        if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
        if (typeof cb === 'function') nextTick(cb);
        return stream;
      },
      on() { return stream; }, once() { return stream; }, off() { return stream; }, emit() { return false; },
      removeListener() { return stream; }, prependListener() { return stream; }, listenerCount() { return 0; },
      cork() {}, uncork() {}, setDefaultEncoding() { return stream; }, getWindowSize() { return [80, 24]; },
      hasColors() { return false; }, getColorDepth() { return 1; },
    };
    return stream;
  }
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(v) {
      if (v !== undefined && v !== null) {
        // An integer string stays a string (Node validates it, then keeps what was given).
        const n = typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
        if (typeof n !== 'number') throw invalidArgType('code', 'of type number', v);
        if (!Number.isInteger(n)) {
          throw makeError(RangeError, 'ERR_OUT_OF_RANGE',
            `The value of "code" is out of range. It must be an integer. Received ${String(n)}`);
        }
      }
      exitCode = v === null ? undefined : v;
    },
    enumerable: true, configurable: false,
  });
  process._exiting = false;
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  process.allowedNodeEnvironmentFlags = new Set();

  // ---- console -------------------------------------------------------------------------------
  const counts = new Map();
  const timersStart = new Map();
  let groupIndent = '';
  function writeLine(fd, text) {
    if (groupIndent) text = groupIndent + text.split('\n').join('\n' + groupIndent);
    ns.write(fd, text + '\n');
  }
  const console = {
    log(...args) { writeLine(1, format(...args)); },
    info(...args) { writeLine(1, format(...args)); },
    debug(...args) { writeLine(1, format(...args)); },
    warn(...args) { writeLine(2, format(...args)); },
    error(...args) { writeLine(2, format(...args)); },
    trace(...args) { writeLine(2, 'Trace' + (args.length ? ': ' + format(...args) : '') + '\n    at <anonymous>'); },
    dir(v, opts) { writeLine(1, inspect(v, Object.assign({ customInspect: false }, opts))); },
    dirxml(...args) { console.log(...args); },
    assert(cond, ...args) {
      if (!cond) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        if (args.length === 0) args.push('Assertion failed');
        console.warn(...args);
      }
    },
    count(label = 'default') {
      label = `${label}`;
      const c = (counts.get(label) || 0) + 1;
      counts.set(label, c);
      console.log(`${label}: ${c}`);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) process.emitWarning(`Count for '${label}' does not exist`);
      else counts.delete(label);
    },
    group(...args) { if (args.length) console.log(...args); groupIndent += '  '; },
    groupCollapsed(...args) { console.group(...args); },
    groupEnd() { groupIndent = groupIndent.slice(0, groupIndent.length - 2); },
    time(label = 'default') { timersStart.set(`${label}`, ns.hrtimeNs()); },
    timeEnd(label = 'default') { console.timeLog(label); timersStart.delete(`${label}`); },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      const start = timersStart.get(label);
      if (start === undefined) {
        process.emitWarning(`No such label '${label}' for console.time${data.length ? 'Log' : 'End'}()`);
        return;
      }
      const ms = (ns.hrtimeNs() - start) / 1e6;
      const shown = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${Number(ms.toFixed(3))}ms`;
      console.log(`${label}: ${shown}`, ...data);
    },
    table(data, properties) {
      const text = util()._nodescope.consoleTable(data, properties);
      if (text === undefined) console.log(data);
      else console.log(text);
    },
  };

  // ---- Error stacks in V8's shape ------------------------------------------------------------
  // Boa's `stack` holds only the frames; V8's starts with "Name: message". Frames of the host's
  // own plumbing are dropped, and the main module's frame is named as V8 names it.
  const MAIN_LOADER_FRAMES = [
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
    '    at Module.load (node:internal/modules/cjs/loader:1266:32)',
    '    at Module._load (node:internal/modules/cjs/loader:1091:12)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at node:internal/main/run_main_module:28:49',
  ];
  // Length of the CommonJS wrapper's head on a user file's line 1 (`(function (exports, ...) {`).
  const WRAPPER_HEAD = 61;
  const sourceLines = new Map();
  // A frame's column as V8 reports it: line 1 without the module wrapper; a call site at its
  // callee's name where Boa points at the call's parenthesis.
  function v8Position(line) {
    const m = /^(.*?)(\/[^():]*):(\d+):(\d+)(\)?)$/.exec(line);
    if (m === null) return line;
    const file = m[2];
    const row = Number(m[3]);
    let col = Number(m[4]);
    if (row === 1 && col > WRAPPER_HEAD) col -= WRAPPER_HEAD;
    {
      let text = sourceLines.get(file);
      if (text === undefined) {
        try { text = ns.readFileText(file).split('\n'); } catch (e) { text = []; }
        sourceLines.set(file, text);
      }
      const src = text[row - 1];
      if (src !== undefined && src[col - 1] === '(') {
        let j = col - 2;
        while (j >= 0 && (src[j] === ' ' || src[j] === '\t')) j--;
        const end = j;
        while (j >= 0 && /[\w$]/.test(src[j])) j--;
        if (j < end) col = j + 2;
      }
    }
    return `${m[1]}${file}:${row}:${col}${m[5]}`;
  }
  let mainRunning = false;
  {
    const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
    if (desc && desc.get) {
      const rawGet = desc.get;
      Object.defineProperty(Error.prototype, 'stack', {
        get() {
          const frames = rawGet.call(this);
          if (typeof frames !== 'string') return frames;
          let header;
          try { header = Error.prototype.toString.call(this); } catch (e) { header = 'Error'; }
          const lines = frames.split('\n').filter((l) => l && !l.includes('(native)') && !l.includes('node:internal/bootstrap'))
            .map((l) => v8Position(l.replace('at <main> (', 'at Object.<anonymous> (')));
          // V8 starts the stack below the constructors of the error being built (a subclass's).
          const ctorNames = new Set();
          for (let p = Object.getPrototypeOf(this); p && p !== Error.prototype; p = Object.getPrototypeOf(p)) {
            const c = Object.prototype.hasOwnProperty.call(p, 'constructor') ? p.constructor : undefined;
            if (typeof c === 'function' && c.name) ctorNames.add(c.name);
          }
          while (lines.length && ctorNames.size) {
            const m = /^ {4}at (\S+) \(/.exec(lines[0]);
            if (m === null || !ctorNames.has(m[1])) break;
            lines.shift();
          }
          // The main module's top level runs under Node's CommonJS loader: V8 shows its frames.
          if (mainRunning && lines.length && lines[lines.length - 1].startsWith(`    at Object.<anonymous> (${ns.filename()}:`)) {
            lines.push(...MAIN_LOADER_FRAMES);
          }
          const stack = lines.length ? `${header}\n${lines.join('\n')}` : header;
          Object.defineProperty(this, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
          return stack;
        },
        set(v) {
          Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
        },
        configurable: true, enumerable: false,
      });
    }
    // V8's extras on the Error constructor: custom error classes call captureStackTrace, and
    // `console.log(Error)` shows stackTraceLimit.
    if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
    if (typeof Error.captureStackTrace !== 'function') {
      Object.defineProperty(Error, 'captureStackTrace', {
        value: function captureStackTrace(obj, constructorOpt) {
          if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
            throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Invalid argument');
          }
          const full = new Error().stack;
          let frames = typeof full === 'string' ? full.split('\n').slice(1) : [];
          // Frames above constructorOpt's (and its own) are left out, as V8 does.
          if (typeof constructorOpt === 'function' && constructorOpt.name) {
            const at = frames.findIndex((l) => l.startsWith(`    at ${constructorOpt.name} (`) || l.startsWith(`    at new ${constructorOpt.name} (`));
            if (at !== -1) frames = frames.slice(at + 1);
          }
          let header;
          try { header = Error.prototype.toString.call(obj); } catch (e) { header = 'Error'; }
          const stack = frames.length ? `${header}\n${frames.join('\n')}` : header;
          Object.defineProperty(obj, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
        },
        writable: true, configurable: true, enumerable: false,
      });
    }
    const dateToString = Date.prototype.toString;
    Date.prototype.toString = function toString() {
      const s = dateToString.call(this);
      return s.endsWith('GMT+0000') ? `${s} (Coordinated Universal Time)` : s;
    };
    installLocaleFormatting();
  }

  // ---- toLocaleString without Intl ------------------------------------------------------------
  // The engine has no ICU: what node's full ICU prints for the default locale (en-US) in UTC,
  // for the methods programs print with. Other locales are formatted as en-US.
  function installLocaleFormatting() {
    const define = (obj, name, fn) => {
      Object.defineProperty(fn, 'name', { value: name });
      Object.defineProperty(obj, name, { value: fn, writable: true, configurable: true, enumerable: false });
    };
    // The shortest decimal digits of |x| as [integer part, fraction part].
    function decimalParts(abs) {
      let str = String(abs);
      const e = str.indexOf('e');
      if (e === -1) {
        const dot = str.indexOf('.');
        return dot === -1 ? [str, ''] : [str.slice(0, dot), str.slice(dot + 1)];
      }
      const exp = Number(str.slice(e + 1));
      let digits = str.slice(0, e).replace('.', '');
      const pointAt = (str.indexOf('.') === -1 || str.indexOf('.') > e ? e : str.indexOf('.')) + exp;
      if (pointAt <= 0) return ['0', '0'.repeat(-pointAt) + digits];
      if (pointAt >= digits.length) return [digits + '0'.repeat(pointAt - digits.length), ''];
      return [digits.slice(0, pointAt), digits.slice(pointAt)];
    }
    // Rounds half away from zero at maxFrac digits (ICU's halfExpand on the decimal value).
    function roundParts(int, frac, minFrac, maxFrac) {
      if (frac.length > maxFrac) {
        const up = frac.charCodeAt(maxFrac) >= 53;
        frac = frac.slice(0, maxFrac);
        if (up) {
          let digits = (int + frac).split('');
          let i = digits.length - 1;
          while (i >= 0) {
            if (digits[i] === '9') { digits[i] = '0'; i--; } else { digits[i] = String(Number(digits[i]) + 1); break; }
          }
          if (i < 0) digits.unshift('1');
          digits = digits.join('');
          int = digits.slice(0, digits.length - maxFrac);
          frac = digits.slice(digits.length - maxFrac);
        }
      }
      while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
      while (frac.length < minFrac) frac += '0';
      int = int.replace(/^0+(?=\d)/, '');
      return [int, frac];
    }
    const group = (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const currencySymbols = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$' };
    function formatNumber(x, options) {
      const o = options || {};
      const style = o.style || 'decimal';
      const currency = style === 'currency' && o.currency ? String(o.currency).toUpperCase() : undefined;
      const currencyDigits = currency === 'JPY' ? 0 : 2;
      let minFrac = o.minimumFractionDigits;
      let maxFrac = o.maximumFractionDigits;
      const defMin = style === 'currency' ? currencyDigits : 0;
      const defMax = style === 'currency' ? currencyDigits : style === 'percent' ? 0 : 3;
      if (minFrac === undefined) minFrac = maxFrac === undefined ? defMin : Math.min(defMin, maxFrac);
      if (maxFrac === undefined) maxFrac = Math.max(defMax, minFrac);
      minFrac = Number(minFrac); maxFrac = Number(maxFrac);
      if (!(minFrac >= 0 && minFrac <= 100 && maxFrac >= minFrac && maxFrac <= 100)) {
        throw new RangeError('maximumFractionDigits value is out of range.');
      }
      const negative = x < 0 || Object.is(x, -0);
      let body;
      if (Number.isNaN(x)) body = 'NaN';
      else if (!Number.isFinite(x)) body = '∞';
      else {
        let [int, frac] = decimalParts(Math.abs(x));
        if (style === 'percent') {
          frac = frac.padEnd(2, '0');
          int = int + frac.slice(0, 2);
          frac = frac.slice(2);
        }
        [int, frac] = roundParts(int, frac, minFrac, maxFrac);
        if (o.minimumIntegerDigits !== undefined) int = int.padStart(Number(o.minimumIntegerDigits), '0');
        if (o.useGrouping !== false) int = group(int);
        body = frac ? `${int}.${frac}` : int;
      }
      if (style === 'percent') body += '%';
      if (currency !== undefined) {
        const sym = currencySymbols[currency];
        body = sym !== undefined ? sym + body : `${currency}\u00a0${body}`;
      }
      return negative ? `-${body}` : body;
    }
    define(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
      const x = typeof this === 'number' ? this : Number.prototype.valueOf.call(this);
      return formatNumber(x, options);
    });
    define(BigInt.prototype, 'toLocaleString', function toLocaleString(locales, options) {
      const x = typeof this === 'bigint' ? this : BigInt.prototype.valueOf.call(this);
      const neg = x < 0n;
      const body = (options && options.useGrouping === false) ? String(neg ? -x : x) : group(String(neg ? -x : x));
      return neg ? `-${body}` : body;
    });
    define(Array.prototype, 'toLocaleString', function toLocaleString(locales, options) {
      const arr = Object(this);
      const len = arr.length >>> 0;
      const parts = [];
      for (let i = 0; i < len; i++) {
        const v = arr[i];
        parts.push(v === undefined || v === null ? '' : String(v.toLocaleString(locales, options)));
      }
      return parts.join(',');
    });
    const two = (n) => String(n).padStart(2, '0');
    const datePart = (d) => `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
    const timePart = (d, o) => {
      const h = d.getHours();
      // en-US with hour12: false is ICU's h24 cycle: midnight is 24.
      if (o && o.hour12 === false && o.hourCycle === undefined) return `${two(h === 0 ? 24 : h)}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
      if (o && (o.hour12 === false || o.hourCycle === 'h23')) return `${two(h)}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
      return `${h % 12 === 0 ? 12 : h % 12}:${two(d.getMinutes())}:${two(d.getSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
    };
    const dateMethod = (name, fn) => define(Date.prototype, name, function (locales, options) {
      const t = Date.prototype.getTime.call(this);
      if (Number.isNaN(t)) return 'Invalid Date';
      return fn(this, options);
    });
    dateMethod('toLocaleString', (d, o) => `${datePart(d)}, ${timePart(d, o)}`);
    dateMethod('toLocaleDateString', (d) => datePart(d));
    dateMethod('toLocaleTimeString', (d, o) => timePart(d, o));

    // String.prototype.localeCompare: ICU's root collation for the common cases — punctuation
    // before digits before letters, letters compared case- and accent-blind first, then accents,
    // then lower case before upper case; `numeric` compares digit runs as numbers.
    const punct = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
    const primaryOf = (ch) => {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const c = base || ch;
      const p = punct.indexOf(c[0]);
      if (p !== -1) return [0, p];
      if (c >= '0' && c <= '9') return [1, c.charCodeAt(0)];
      if (c >= 'a' && c <= 'z') return [2, c.charCodeAt(0)];
      return [3, c.codePointAt(0)];
    };
    const tokens = (s, numeric) => {
      const out = [];
      const re = numeric ? /\d+|[\s\S]/gu : /[\s\S]/gu;
      let m;
      while ((m = re.exec(s)) !== null) out.push(m[0]);
      return out;
    };
    function compareStrings(a, b, options) {
      const o = options || {};
      const numeric = !!o.numeric;
      const ta = tokens(a, numeric);
      const tb = tokens(b, numeric);
      const n = Math.min(ta.length, tb.length);
      for (let i = 0; i < n; i++) {
        const x = ta[i], y = tb[i];
        const nx = numeric && /^\d/.test(x), ny = numeric && /^\d/.test(y);
        if (nx && ny) {
          const dx = x.replace(/^0+(?=\d)/, ''), dy = y.replace(/^0+(?=\d)/, '');
          if (dx.length !== dy.length) return dx.length < dy.length ? -1 : 1;
          if (dx !== dy) return dx < dy ? -1 : 1;
          continue;
        }
        const px = nx ? [1, x.charCodeAt(0)] : primaryOf(x);
        const py = ny ? [1, y.charCodeAt(0)] : primaryOf(y);
        if (px[0] !== py[0]) return px[0] < py[0] ? -1 : 1;
        if (px[1] !== py[1]) return px[1] < py[1] ? -1 : 1;
      }
      if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
      const sensitivity = o.sensitivity || 'variant';
      if (sensitivity === 'base') return 0;
      const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (sensitivity !== 'case') {
        for (let i = 0; i < n; i++) {
          const ax = ta[i].normalize('NFD') !== strip(ta[i]), ay = tb[i].normalize('NFD') !== strip(tb[i]);
          if (ax !== ay) return ax ? 1 : -1;
        }
        if (sensitivity === 'accent') return 0;
      }
      for (let i = 0; i < n; i++) {
        const x = strip(ta[i]), y = strip(tb[i]);
        const ux = x !== x.toLowerCase(), uy = y !== y.toLowerCase();
        if (ux !== uy) return o.caseFirst === 'upper' ? (ux ? -1 : 1) : (ux ? 1 : -1);
      }
      return 0;
    }
    define(String.prototype, 'localeCompare', function localeCompare(that, locales, options) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
      return compareStrings(String(this), String(that), options);
    });

    // A small Intl over the same formatting, for programs that build a formatter.
    if (typeof globalThis.Intl === 'undefined') {
      const locale = (l) => (Array.isArray(l) ? l[0] : l) || 'en-US';
      class NumberFormat {
        #locale; #options;
        constructor(locales, options) { this.#locale = locale(locales); this.#options = Object.assign({}, options); }
        format(x) { return typeof x === 'bigint' ? x.toLocaleString(this.#locale, this.#options) : formatNumber(Number(x), this.#options); }
        resolvedOptions() { return Object.assign({ locale: this.#locale, numberingSystem: 'latn', style: 'decimal' }, this.#options); }
      }
      class DateTimeFormat {
        #locale; #options;
        constructor(locales, options) { this.#locale = locale(locales); this.#options = options; }
        format(d) {
          const date = d === undefined ? new Date() : new Date(typeof d === 'number' ? d : Date.prototype.getTime.call(d));
          const o = this.#options;
          if (o && (o.hour !== undefined || o.timeStyle !== undefined) && o.year === undefined && o.dateStyle === undefined) return date.toLocaleTimeString(this.#locale, o);
          return date.toLocaleDateString(this.#locale, o);
        }
        resolvedOptions() { return { locale: this.#locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' }; }
      }
      class Collator {
        #options;
        constructor(locales, options) { this.#options = options; this.compare = (a, b) => compareStrings(String(a), String(b), this.#options); }
        resolvedOptions() { return { locale: 'en-US', usage: 'sort', sensitivity: 'variant' }; }
      }
      const Intl = {};
      for (const C of [NumberFormat, DateTimeFormat, Collator]) {
        // Callable with or without `new`, as Intl's constructors are.
        const F = function (locales, options) { return new C(locales, options); };
        Object.defineProperty(F, 'name', { value: C.name });
        F.prototype = C.prototype;
        Object.defineProperty(C.prototype, 'constructor', { value: F, writable: true, configurable: true });
        Object.defineProperty(C.prototype, Symbol.toStringTag, { value: `Intl.${C.name}`, configurable: true });
        Object.defineProperty(Intl, C.name, { value: F, writable: true, configurable: true });
      }
      Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
      Object.defineProperty(globalThis, 'Intl', { value: Intl, writable: true, configurable: true });
    }
  }

  // ---- Date and performance on the virtual clock --------------------------------------
  const RealDate = Date;
  function VDate(...args) {
    if (!new.target) return new RealDate(ns.dateNow()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [ns.dateNow()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  VDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VDate, writable: true, configurable: true });
  VDate.now = function now() { return ns.dateNow(); };
  VDate.parse = RealDate.parse;
  VDate.UTC = RealDate.UTC;
  Object.defineProperty(VDate, 'name', { value: 'Date' });
  Object.defineProperty(VDate, 'length', { value: 7 });

  const performance = {
    now() { return ns.performanceNow(); },
    timeOrigin: ns.dateOrigin(),
    mark() {}, measure() {},
    toJSON() { return { timeOrigin: this.timeOrigin }; },
  };

  // Seeded, deterministic Math.random (xorshift128+ on the host's seed).
  Math.random = function random() { return ns.random(); };

  // ---- modules ----------------------------------------------------------------------------
  const builtinCache = new Map();
  const builtinNames = new Set(ns.builtinNames());
  const extraBuiltins = {
    timers: () => ({ setTimeout, clearTimeout, setInterval, clearInterval: clearTimeout, setImmediate, clearImmediate, promises: requireBuiltin('timers/promises') }),
    process: () => process,
    console: () => console,
    perf_hooks: () => ({ performance }),
  };
  function requireBuiltin(name) {
    if (builtinCache.has(name)) return builtinCache.get(name).exports;
    if (extraBuiltins[name]) {
      const m = { exports: extraBuiltins[name]() };
      builtinCache.set(name, m);
      return m.exports;
    }
    if (name === 'module') {
      const m = { exports: moduleModule() };
      builtinCache.set(name, m);
      return m.exports;
    }
    if (!builtinNames.has(name)) return undefined;
    const module = { exports: {}, id: name, loaded: false };
    builtinCache.set(name, module);
    const fn = ns.compileBuiltin(name);
    fn.call(module.exports, module.exports, requireForBuiltins, module, internals);
    module.loaded = true;
    return module.exports;
  }
  function moduleModule() {
    const names = [...builtinNames, ...Object.keys(extraBuiltins), 'module'].filter((n) => !n.startsWith('internal')).sort();
    function Module(id) { this.id = id; this.exports = {}; }
    Module.builtinModules = names;
    Module.isBuiltin = isBuiltin;
    Module.createRequire = (filename) => makeRequire(dirnameOf(String(filename).replace(/^file:\/\//, '')));
    Module.Module = Module;
    return Module;
  }
  function isBuiltin(id) {
    if (typeof id !== 'string') return false;
    const name = id.startsWith('node:') ? id.slice(5) : id;
    return (builtinNames.has(name) && !name.startsWith('internal')) || name in extraBuiltins || name === 'module';
  }
  function requireForBuiltins(id) {
    const name = id.startsWith('node:') ? id.slice(5) : id;
    const m = requireBuiltin(name);
    if (m === undefined) throw new Error(`nodescope: internal module '${id}' is missing`);
    return m;
  }
  const userCache = new Map();
  function dirnameOf(p) { const i = p.lastIndexOf('/'); return i <= 0 ? '/' : p.slice(0, i); }
  function normalizePath(p) {
    const parts = [];
    for (const seg of p.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop(); else parts.push(seg);
    }
    return '/' + parts.join('/');
  }
  function makeRequire(fromDir) {
    function require(id) {
      if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
      if (id === '') throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
      const isNode = id.startsWith('node:');
      const name = isNode ? id.slice(5) : id;
      if (isBuiltin(id)) return requireBuiltin(name);
      if (isNode) {
        throw makeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${id}`);
      }
      if (id.startsWith('./') || id.startsWith('../') || id.startsWith('/')) {
        const base = normalizePath(id.startsWith('/') ? id : fromDir + '/' + id);
        for (const candidate of [base, base + '.js', base + '.json', base + '/index.js']) {
          if (userCache.has(candidate)) return userCache.get(candidate).exports;
          if (ns.fileExists(candidate)) return loadUserModule(candidate);
        }
      }
      const err = new Error(`Cannot find module '${id}'\nRequire stack:\n- ${ns.filename()}`);
      err.code = 'MODULE_NOT_FOUND';
      err.requireStack = [ns.filename()];
      throw err;
    }
    require.resolve = function resolve(id) {
      if (isBuiltin(id)) return id;
      const base = normalizePath(fromDir + '/' + id);
      for (const candidate of [base, base + '.js', base + '.json']) if (ns.fileExists(candidate)) return candidate;
      const err = new Error(`Cannot find module '${id}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    };
    require.cache = Object.create(null);
    return require;
  }
  function loadUserModule(path) {
    const module = { exports: {}, id: path, filename: path, loaded: false, children: [], paths: [] };
    userCache.set(path, module);
    if (path.endsWith('.json')) {
      module.exports = JSON.parse(ns.readFileText(path));
      module.loaded = true;
      return module.exports;
    }
    const fn = ns.compileUser(path);
    fn.call(module.exports, module.exports, makeRequire(dirnameOf(path)), module, path, dirnameOf(path));
    module.loaded = true;
    return module.exports;
  }

  // Internals shared with the builtin modules (the third argument of their wrapper).
  const internals = {
    ns, process, nextTick, setTimeout, setInterval, clearTimeout, setImmediate, clearImmediate,
    makeError, invalidArgType, validateFunction, getContext, setContext, runInContext, labelOf, fnLine,
    triggerUncaughtException, afterCallback, Timeout, Immediate, queueMicrotask, recording,
    insertTimer: insert, describeType,
  };

  // ---- globals --------------------------------------------------------------------------------
  function defineGlobal(name, value) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  }
  defineGlobal('global', global);
  defineGlobal('process', process);
  defineGlobal('console', console);
  // Node's global object says what it is: `[object global]`, `Object [global]` when inspected.
  Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });
  defineGlobal('setTimeout', setTimeout);
  defineGlobal('setInterval', setInterval);
  defineGlobal('clearTimeout', clearTimeout);
  defineGlobal('clearInterval', clearTimeout);
  defineGlobal('setImmediate', setImmediate);
  defineGlobal('clearImmediate', clearImmediate);
  defineGlobal('queueMicrotask', queueMicrotask);
  defineGlobal('Date', VDate);
  // Builtins newer than Node v20's V8 (11.3) that Boa has: programs feature-test them.
  delete Promise.withResolvers;
  delete Promise.try;
  delete Object.groupBy;
  delete Map.groupBy;
  delete RegExp.escape;
  for (const m of ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf',
    'isSupersetOf', 'isDisjointFrom']) delete Set.prototype[m];
  if (typeof Iterator === 'function') {
    for (const m of ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach',
      'some', 'every', 'find']) delete Iterator.prototype[m];
    delete globalThis.Iterator;
  }
  // Promise.any as the spec writes it (same turns as the builtin), with V8's AggregateError
  // message.
  Object.defineProperty(Promise, 'any', {
    value: {
      any(iterable) {
        const C = this;
        let resolve, reject;
        const promise = new C((res, rej) => { resolve = res; reject = rej; });
        const rejectAll = (errors) => reject(new AggregateError(errors, 'All promises were rejected'));
        try {
          const promiseResolve = C.resolve;
          if (typeof promiseResolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
          const errors = [];
          let remaining = 1;
          let index = 0;
          for (const value of iterable) {
            const i = index++;
            errors.push(undefined);
            const next = promiseResolve.call(C, value);
            let called = false;
            remaining++;
            next.then(resolve, (reason) => {
              if (called) return;
              called = true;
              errors[i] = reason;
              if (--remaining === 0) rejectAll(errors);
            });
          }
          if (--remaining === 0) rejectAll(errors);
        } catch (err) {
          reject(err);
        }
        return promise;
      },
    }.any,
    writable: true, configurable: true, enumerable: false,
  });
  defineGlobal('performance', performance);
  // worker_threads: the HTML structured clone algorithm lives in worker_threads.js.
  defineGlobal('structuredClone', function structuredClone(value, options) {
    return requireBuiltin('worker_threads')[Symbol.for('nodescope.structuredClone')](...arguments);
  });
  for (const [name, mod, key] of [['Buffer', 'buffer', 'Buffer'], ['TextEncoder', 'util', 'TextEncoder'], ['TextDecoder', 'util', 'TextDecoder'],
    ['URL', 'url', 'URL'], ['URLSearchParams', 'url', 'URLSearchParams'], ['AbortController', 'events', 'AbortController'],
    ['AbortSignal', 'events', 'AbortSignal'], ['EventTarget', 'events', 'EventTarget'], ['Event', 'events', 'Event'],
    ['atob', 'buffer', 'atob'], ['btoa', 'buffer', 'btoa'],
    ['DOMException', 'buffer', Symbol.for('nodescope.DOMException')], ['Blob', 'buffer', 'Blob'], ['File', 'buffer', 'File'],
    ['crypto', 'crypto', 'webcrypto']]) {
    if (global[name] !== undefined) continue;
    // The accessor stays in place (Boa caches global lookups per call site, so redefining the
    // property from inside its own getter would leave stale sites behind).
    let loaded = false, value;
    Object.defineProperty(global, name, {
      get() {
        if (!loaded) {
          const m = builtinNames.has(mod) ? requireBuiltin(mod) : undefined;
          value = m ? m[key] : undefined;
          loaded = true;
        }
        return value;
      },
      set(v) { loaded = true; value = v; },
      configurable: true, enumerable: false,
    });
  }
  delete global.__nodescope;
  // process is an EventEmitter, as in Node.
  try {
    const EventEmitter = requireBuiltin('events');
    const own = {};
    for (const k of Object.getOwnPropertyNames(process)) {
      if (['on', 'once', 'off', 'emit', 'addListener', 'removeListener', 'prependListener', 'prependOnceListener',
        'removeAllListeners', 'listenerCount', 'listeners', 'rawListeners', 'eventNames', 'setMaxListeners', 'getMaxListeners'].includes(k)) {
        own[k] = true;
      }
    }
    for (const k of Object.keys(own)) delete process[k];
    Object.setPrototypeOf(process, EventEmitter.prototype);
    EventEmitter.call(process);
  } catch (e) { /* keep the built-in mini emitter */ }

  // ---- the main module ---------------------------------------------------------------------
  function runMain() {
    // worker_threads: a worker sets up parentPort, workerData and its stdio before its script.
    if (ns.wtInfo && !ns.wtInfo().isMainThread) requireBuiltin('worker_threads');
    const filename = ns.filename();
    const module = { exports: {}, id: '.', filename, loaded: false, children: [], paths: [], path: dirnameOf(filename) };
    userCache.set(filename, module);
    const require = makeRequire(dirnameOf(filename));
    require.main = module;
    process.mainModule = module;
    const fn = ns.compileUser(filename);
    if (recording) ev('start', Q.main, 0, 'main module', 1, -1);
    try {
      mainRunning = true;
      fn.call(module.exports, module.exports, require, module, filename, dirnameOf(filename));
      mainRunning = false;
    } catch (err) {
      mainRunning = false;
      if (recording) ev('end', Q.main, 0, '', -1, -1);
      triggerUncaughtException(err, false);
      afterCallback();
      return;
    }
    module.loaded = true;
    if (recording) ev('end', Q.main, 0, '', -1, -1);
    afterCallback();
  }

  function emitBeforeExit() {
    if (process._exiting) return;
    // From C++: the code as a number.
    const code = process.exitCode === undefined ? 0 : Number(process.exitCode);
    try {
      process.emit('beforeExit', code);
    } catch (err) {
      triggerUncaughtException(err, false);
    }
    afterCallback();
  }
  // A natural exit: 'exit' listeners run, then V8 still drains the microtasks they queued
  // (but no nextTicks or timers run any more).
  function emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      try {
        // From C++ (EmitProcessExit): the code as a number.
        process.emit('exit', process.exitCode === undefined ? 0 : Number(process.exitCode));
      } catch (err) {
        ns.reportError(formatUncaught(err), describeErrorShort(err));
        process.exitCode = 7;
      }
      ns.runMicrotasks();
    }
    exitNow(undefined, false);
  }

  return {
    runMain, processTimers, processImmediate, runIoCallback, afterCallback, emitBeforeExit, emitExit,
    triggerUncaughtException, getContext,
  };
})
