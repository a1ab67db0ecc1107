'use strict';
// worker_threads: Worker, MessageChannel/MessagePort, parentPort, workerData and the HTML
// structured clone algorithm (also behind the global structuredClone).
//
// Every thread is its own simulated Node environment (see crates/engine/src/workers.rs); values
// cross between them as serialized strings (a tagged JSON tree) plus host-held blobs for the
// bytes of ArrayBuffers, and host-registered memory for SharedArrayBuffers.

const EventEmitter = require('events');
const { ns, process, makeError } = internals;

const info = ns.wtInfo();

// ---- DOMException (DataCloneError) ------------------------------------------------------------
// DOMException is a global of its own (buffer.js defines it).
const DOMExceptionCtor = globalThis.DOMException;
function dataCloneError(message) {
  return new DOMExceptionCtor(message, 'DataCloneError');
}

// ---- the structured clone algorithm ----------------------------------------------------------
const toStr = (v) => Object.prototype.toString.call(v);
const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const TYPED = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView'];
const kPortId = Symbol('kPortId');
const untransferable = new WeakSet();

function describeForError(v) {
  if (typeof v === 'function') {
    try { return Function.prototype.toString.call(v); } catch (_) { return 'function'; }
  }
  if (typeof v === 'symbol') return String(v);
  const ctor = v && v.constructor && v.constructor.name;
  return `#<${ctor || 'Object'}>`;
}

// Returns [json, transferredPortIds]. `transfer` holds ArrayBuffers and MessagePorts.
function serialize(value, transfer, keepErrorProps) {
  const memo = new Map();
  let count = 0;
  const transferBuffers = [];
  const transferPorts = [];
  if (transfer !== undefined && transfer !== null) {
    if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    for (const t of transfer) {
      if (untransferable.has(t)) {
        // Node v20 ignores a buffer marked untransferable (Buffer's pool is one): it is copied.
        continue;
      } else if (toStr(t) === '[object ArrayBuffer]') {
        if (transferBuffers.includes(t)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        transferBuffers.push(t);
      } else if (t instanceof MessagePort) {
        if (t[kClosed]) throw dataCloneError('MessagePort in transfer list is already detached');
        if (transferPorts.includes(t)) throw dataCloneError('Transfer list contains a duplicate MessagePort');
        transferPorts.push(t);
      } else {
        throw makeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
    }
  }
  function enc(v) {
    switch (typeof v) {
      case 'undefined': return ['u'];
      case 'boolean': return ['b', v];
      case 'string': return ['s', v];
      case 'bigint': return ['i', v.toString()];
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        return ['N', Object.is(v, -0) ? '-0' : String(v)];
      case 'symbol':
      case 'function':
        throw dataCloneError(`${describeForError(v)} could not be cloned.`);
      default: break;
    }
    if (v === null) return null;
    if (memo.has(v)) return ['r', memo.get(v)];
    const tag = toStr(v);
    if (v instanceof MessagePort) {
      const i = transferPorts.indexOf(v);
      if (i < 0) {
        throw makeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
          'Object that needs transfer was found in message but not listed in transferList');
      }
      memo.set(v, count++);
      return ['port', v[kPortId]];
    }
    memo.set(v, count++);
    if (Array.isArray(v)) {
      const out = [];
      for (const k of Object.keys(v)) out.push(k, enc(v[k]));
      return ['a', v.length, out];
    }
    switch (tag) {
      case '[object Date]': return ['d', enc(Date.prototype.getTime.call(v))];
      case '[object RegExp]': return ['re', v.source, v.flags];
      case '[object Boolean]': return ['bo', 'b', Boolean.prototype.valueOf.call(v)];
      case '[object Number]': return ['bo', 'n', enc(Number.prototype.valueOf.call(v))];
      case '[object String]': return ['bo', 's', String.prototype.valueOf.call(v)];
      case '[object BigInt]': return ['bo', 'i', BigInt.prototype.valueOf.call(v).toString()];
      case '[object Map]': {
        const out = [];
        for (const [k, val] of Map.prototype.entries.call(v)) out.push(enc(k), enc(val));
        return ['m', out];
      }
      case '[object Set]': {
        const out = [];
        for (const k of Set.prototype.values.call(v)) out.push(enc(k));
        return ['S', out];
      }
      case '[object ArrayBuffer]': {
        const i = transferBuffers.indexOf(v);
        if (i >= 0) return ['tab', i];
        if (isDetached(v)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
        return ['ab', ns.wtBlobPut(v, false)];
      }
      case '[object SharedArrayBuffer]': return ['sab', ns.wtSabPut(v)];
      default: break;
    }
    if (ArrayBuffer.isView(v)) {
      let name = v instanceof DataView ? 'DataView' : v[Symbol.toStringTag];
      if (!TYPED.includes(name)) name = 'Uint8Array';
      const length = name === 'DataView' ? v.byteLength : v.length;
      return ['tv', name, enc(v.buffer), v.byteOffset, length];
    }
    if (tag === '[object Error]' || v instanceof Error) {
      let name = 'Error';
      try { const n = v.name; if (ERROR_NAMES.has(n)) name = n; } catch (_) { /* ignore */ }
      let message;
      try { message = Object.prototype.hasOwnProperty.call(v, 'message') ? String(v.message) : undefined; } catch (_) { message = undefined; }
      let stack;
      try { stack = typeof v.stack === 'string' ? v.stack : undefined; } catch (_) { stack = undefined; }
      const out = ['e', name, message === undefined ? ['u'] : ['s', message], stack === undefined ? ['u'] : ['s', stack]];
      out.push(Object.prototype.hasOwnProperty.call(v, 'cause') ? ['c', enc(v.cause)] : ['u']);
      if (keepErrorProps) {
        const extra = [];
        for (const k of Object.keys(v)) {
          if (k === 'message' || k === 'stack' || k === 'cause') continue;
          try { extra.push(k, enc(v[k])); } catch (_) { /* skipped */ }
        }
        out.push(extra);
      }
      return out;
    }
    if (tag === '[object WeakMap]' || tag === '[object WeakSet]' || tag === '[object Promise]' || tag === '[object WeakRef]' ||
      tag === '[object Generator]' || tag === '[object AsyncGenerator]') {
      throw dataCloneError(`${describeForError(v)} could not be cloned.`);
    }
    const out = [];
    for (const k of Object.keys(v)) out.push(k, enc(v[k]));
    return ['o', out];
  }
  const tree = enc(value);
  // Only once the whole value is serialized are the transferred buffers detached.
  // (A buffer that is already detached transfers as an empty one.)
  const blobs = transferBuffers.map((b) => (isDetached(b) ? ns.wtBlobPut(new ArrayBuffer(0), false) : ns.wtBlobPut(b, true)));
  const ports = transferPorts.map((p) => {
    p[kClosed] = true;
    p[kSetRef](false);
    portsById.delete(p[kPortId]);
    return p[kPortId];
  });
  return [JSON.stringify([tree, blobs]), ports];
}
function isDetached(ab) {
  try { new Uint8Array(ab); return false; } catch (_) { return true; }
}

function deserialize(json) {
  const [tree, blobs] = JSON.parse(json);
  const memo = [];
  const tabs = new Map();
  function dec(x) {
    if (x === null || typeof x === 'number') return x;
    switch (x[0]) {
      case 'u': return undefined;
      case 'b': return x[1];
      case 's': return x[1];
      case 'i': return BigInt(x[1]);
      case 'N': return x[1] === '-0' ? -0 : Number(x[1]);
      case 'r': return memo[x[1]];
      case 'port': { const p = portFor(x[1]); memo.push(p); return p; }
      case 'a': {
        const a = new Array(x[1]);
        memo.push(a);
        const kv = x[2];
        for (let i = 0; i < kv.length; i += 2) a[kv[i]] = dec(kv[i + 1]);
        return a;
      }
      case 'o': {
        const o = {};
        memo.push(o);
        const kv = x[1];
        for (let i = 0; i < kv.length; i += 2) {
          Object.defineProperty(o, kv[i], { value: dec(kv[i + 1]), writable: true, enumerable: true, configurable: true });
        }
        return o;
      }
      case 'd': { const d = new Date(dec(x[1])); memo.push(d); return d; }
      case 're': { const r = new RegExp(x[1], x[2]); memo.push(r); return r; }
      case 'bo': {
        const prim = x[1] === 'n' ? dec(x[2]) : x[1] === 'i' ? BigInt(x[2]) : x[2];
        const o = Object(prim);
        memo.push(o);
        return o;
      }
      case 'm': {
        const m = new Map();
        memo.push(m);
        const kv = x[1];
        for (let i = 0; i < kv.length; i += 2) { const k = dec(kv[i]); m.set(k, dec(kv[i + 1])); }
        return m;
      }
      case 'S': {
        const s = new Set();
        memo.push(s);
        for (const v of x[1]) s.add(dec(v));
        return s;
      }
      case 'ab': { const b = ns.wtBlobTake(x[1]); memo.push(b); return b; }
      case 'tab': {
        let b = tabs.get(x[1]);
        if (!b) { b = ns.wtBlobTake(blobs[x[1]]); tabs.set(x[1], b); }
        memo.push(b);
        return b;
      }
      case 'sab': { const b = ns.wtSabGet(x[1]); memo.push(b); return b; }
      case 'tv': {
        const slot = memo.length;
        memo.push(undefined);
        const buffer = dec(x[2]);
        const Ctor = globalThis[x[1]];
        const view = new Ctor(buffer, x[3], x[4]);
        memo[slot] = view;
        return view;
      }
      case 'e': {
        const Ctor = globalThis[x[1]] || Error;
        const message = dec(x[2]);
        const e = message === undefined ? new Ctor() : new Ctor(message);
        memo.push(e);
        const stack = dec(x[3]);
        if (stack !== undefined) Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
        else delete e.stack;
        if (x[4] && x[4][0] === 'c') {
          Object.defineProperty(e, 'cause', { value: dec(x[4][1]), writable: true, configurable: true, enumerable: false });
        }
        if (x[5]) {
          for (let i = 0; i < x[5].length; i += 2) e[x[5][i]] = dec(x[5][i + 1]);
        }
        return e;
      }
      default:
        return undefined;
    }
  }
  return dec(tree);
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    transfer = options.transfer;
  }
  const [json, ports] = serialize(value, transfer, false);
  for (const id of ports) ns.wtStart(id, false);
  return deserialize(json);
}

// ---- MessagePort ------------------------------------------------------------------------------
const kClosed = Symbol('kClosed');
const kRefed = Symbol('kRefed');
const kHeld = Symbol('kHeld');
const kSetRef = Symbol('kSetRef');
const kStarted = Symbol('kStarted');
const kListeners = Symbol('kListeners');
const portsById = new Map();
let constructing = false;

// MessageEvent: an Event (when the global Event exists) with the message's data and ports.
const EventBase = typeof globalThis.Event === 'function' ? globalThis.Event : class {};
class MessageEvent extends EventBase {
  constructor(type, init = {}) {
    super(type);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init || {};
    Object.defineProperty(this, kMessageEventInit, { value: { data, origin, lastEventId, source, ports }, enumerable: false });
  }
  get data() { return this[kMessageEventInit].data; }
  get origin() { return this[kMessageEventInit].origin; }
  get lastEventId() { return this[kMessageEventInit].lastEventId; }
  get source() { return this[kMessageEventInit].source; }
  get ports() { return this[kMessageEventInit].ports; }
}
const kMessageEventInit = Symbol('kMessageEventInit');

// The class behind ports; the exported MessagePort is a plain function over the same prototype,
// as Node's (a native constructor) prints as [Function: MessagePort].
class MessagePortImpl extends EventEmitter {
  constructor() {
    if (!constructing) throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
    this[kRefed] = false;
    this[kHeld] = false;
    this[kClosed] = false;
    this[kStarted] = false;
    this[kListeners] = new Map();
    this.on('newListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) {
        this.ref();
        this.start();
      }
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) this.unref();
    });
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    const transfer = transferList && !Array.isArray(transferList) && typeof transferList === 'object' && !(Symbol.iterator in transferList)
      ? transferList.transfer : transferList;
    if (transfer && typeof transfer === 'object') {
      for (const t of transfer) if (t === this) throw dataCloneError('Transfer list contains source port');
    }
    const [json, ports] = serialize(value, transfer, false);
    if (this[kClosed]) return undefined;
    ns.wtPost(this[kPortId], json, ports);
    return true;
  }
  start() {
    if (this[kClosed] || this[kStarted]) return;
    this[kStarted] = true;
    ns.wtStart(this[kPortId], true);
  }
  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    this[kSetRef](false);
    ns.wtClose(this[kPortId]);
  }
  ref() { this[kRefed] = true; this[kSetRef](true); return this; }
  unref() { this[kRefed] = false; this[kSetRef](false); return this; }
  hasRef() { return !this[kClosed] && this[kRefed]; }
  [kSetRef](on) {
    const want = on && this[kRefed] && !this[kClosed];
    if (want !== this[kHeld]) {
      this[kHeld] = want;
      ns.refHandle(want ? 1 : -1);
    }
  }
  // EventTarget-style API.
  addEventListener(type, listener, options) {
    if (typeof listener !== 'function' && !(listener && typeof listener.handleEvent === 'function')) return;
    const once = options && typeof options === 'object' && options.once;
    const wrapped = (data, ports) => {
      if (once) this.removeEventListener(type, listener);
      const ev = type === 'message' || type === 'messageerror' ? new MessageEvent(type, { data, ports }) : { type, target: this };
      if (typeof listener === 'function') listener.call(this, ev); else listener.handleEvent(ev);
    };
    let map = this[kListeners].get(type);
    if (!map) { map = new Map(); this[kListeners].set(type, map); }
    if (map.has(listener)) return;
    map.set(listener, wrapped);
    this.on(type, wrapped);
  }
  removeEventListener(type, listener) {
    const map = this[kListeners].get(type);
    if (!map || !map.has(listener)) return;
    this.off(type, map.get(listener));
    map.delete(listener);
  }
  dispatchEvent(event) { this.emit(event.type, event.data); return true; }
  get onmessage() { return this._onmessage || null; }
  set onmessage(fn) {
    if (this._onmessage) this.removeEventListener('message', this._onmessage);
    this._onmessage = typeof fn === 'function' ? fn : null;
    if (this._onmessage) this.addEventListener('message', this._onmessage);
  }
  get onmessageerror() { return null; }
  set onmessageerror(_) { /* never fires */ }
  get [Symbol.toStringTag]() { return 'MessagePort'; }
}

const MessagePort = function MessagePort() {
  throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
};
MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePortImpl.prototype, 'constructor', { value: MessagePort, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(MessagePort, EventEmitter);

function portFor(id) {
  let p = portsById.get(id);
  if (!p) {
    constructing = true;
    try { p = new MessagePortImpl(); } finally { constructing = false; }
    p[kPortId] = id;
    portsById.set(id, p);
  }
  return p;
}

const MessageChannel = function MessageChannel() {
  if (new.target === undefined) throw new TypeError("Class constructor MessageChannel cannot be invoked without 'new'");
  const [a, b] = ns.wtChannel();
  this.port1 = portFor(a);
  this.port2 = portFor(b);
};

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const got = ns.wtReceive(port[kPortId], false);
  if (!got.length) return undefined;
  return { message: deserialize(got[0]) };
}

// ---- Worker (the parent's side) -------------------------------------------------------------
const workersByHandle = new Map();
const kHandle = Symbol('kHandle');
const kPublicPort = Symbol('kPublicPort');
const kExited = Symbol('kExited');
const kWorkerRefed = Symbol('kWorkerRefed');

function resolveWorkerPath(filename) {
  if (filename && typeof filename === 'object' && typeof filename.href === 'string') {
    if (!filename.href.startsWith('file:')) {
      throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return decodeURIComponent(filename.pathname);
  }
  if (typeof filename !== 'string') {
    throw internals.invalidArgType('filename', 'of type string or an instance of URL', filename);
  }
  if (filename.startsWith('/')) return filename;
  if (filename.startsWith('./') || filename.startsWith('../')) {
    const parts = [];
    for (const seg of (process.cwd() + '/' + filename).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop(); else parts.push(seg);
    }
    return '/' + parts.join('/');
  }
  throw makeError(TypeError, 'ERR_WORKER_PATH',
    'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
    ` Received "${filename}"`);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') throw internals.invalidArgType('options', 'of type object', options);
    let file;
    let source;
    if (options.eval) {
      if (typeof filename !== 'string') throw internals.invalidArgType('filename', 'of type string', filename);
      file = '[worker eval]';
      source = filename;
    } else {
      file = resolveWorkerPath(filename);
      if (ns.fileExists(file)) source = ns.readFileText(file);
      else if (ns.fileExists(file + '.js')) { file += '.js'; source = ns.readFileText(file); }
      else {
        source = `const e = new Error(${JSON.stringify(`Cannot find module '${file}'`)}); e.code = 'MODULE_NOT_FOUND'; e.requireStack = []; throw e;`;
      }
    }
    const data = 'workerData' in options ? serialize(options.workerData, options.transferList, false) : undefined;
    // What the worker's bootstrap takes over: environmentData (cloned), process.env (a copy of
    // ours when the Worker is made, or options.env) and the extra argv.
    let envData = null;
    if (environmentData.size) {
      try { envData = serialize(environmentData, undefined, false)[0]; } catch (_) { envData = null; }
    }
    let childEnv = options.env;
    if (childEnv === undefined || childEnv === SHARE_ENV) childEnv = process.env;
    else if (childEnv === null || typeof childEnv !== 'object') {
      throw internals.invalidArgType('options.env', 'of type object or one of undefined, null, or worker.SHARE_ENV', childEnv);
    }
    const envCopy = {};
    for (const k of Object.keys(childEnv)) envCopy[k] = `${childEnv[k]}`;
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw internals.invalidArgType('options.argv', 'an instance of Array', options.argv);
    }
    const argv = options.argv ? options.argv.map((a) => `${a}`) : [];
    const setup = JSON.stringify([envData, envCopy, argv]);
    const [publicPort, childPort] = ns.wtChannel();
    if (data) for (const id of data[1]) ns.wtStart(id, false);
    const [handle, threadId] = ns.wtSpawn(file, source, data ? data[0] : undefined, childPort, setup);
    this[kHandle] = handle;
    this[kExited] = false;
    this.threadId = threadId;
    this.resourceLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 };
    this.performance = { eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; } };
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    const port = portFor(publicPort);
    this[kPublicPort] = port;
    port.start();
    port.emit = (name, ...args) => {
      if (name === 'message' || name === 'messageerror') return this.emit(name, ...args);
      return EventEmitter.prototype.emit.call(port, name, ...args);
    };
    workersByHandle.set(handle, this);
    this[kWorkerRefed] = true;
    ns.refHandle(1);
  }
  postMessage(...args) {
    if (this[kExited]) return;
    this[kPublicPort].postMessage(...args);
  }
  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kExited]) return Promise.resolve();
    ns.wtTerminate(this[kHandle]);
    return new Promise((resolve) => this.once('exit', (code) => resolve(code)));
  }
  ref() {
    if (!this[kExited] && !this[kWorkerRefed]) { this[kWorkerRefed] = true; ns.refHandle(1); }
  }
  unref() {
    if (!this[kExited] && this[kWorkerRefed]) { this[kWorkerRefed] = false; ns.refHandle(-1); }
  }
  getHeapSnapshot() { return Promise.reject(makeError(Error, 'ERR_WORKER_NOT_RUNNING', 'Worker instance not running')); }
  _onExit(code) {
    if (this[kExited]) return;
    // Messages the worker posted before it ended are emitted before 'exit'.
    const pending = ns.wtReceive(this[kPublicPort][kPortId], true);
    for (let i = 0; i < pending.length; i += 2) this.emit('message', deserialize(pending[i]));
    this[kExited] = true;
    if (this[kWorkerRefed]) { this[kWorkerRefed] = false; ns.refHandle(-1); }
    this[kPublicPort].close();
    workersByHandle.delete(this[kHandle]);
    this.threadId = -1;
    this.emit('exit', code);
  }
}

// ---- messages from the host -----------------------------------------------------------------
function dispatch(kind, id, payload, extra) {
  switch (kind) {
    case 'message': {
      const port = portsById.get(id);
      if (!port || port[kClosed]) return;
      const data = deserialize(payload);
      const ports = extra ? extra.map((p) => portFor(p)) : [];
      port.emit('message', data, ports);
      return;
    }
    case 'close': {
      const port = portsById.get(id);
      if (!port) return;
      port[kClosed] = true;
      port[kSetRef](false);
      portsById.delete(id);
      EventEmitter.prototype.emit.call(port, 'close');
      return;
    }
    case 'online': {
      const w = workersByHandle.get(id);
      if (w) w.emit('online');
      return;
    }
    case 'error': {
      const w = workersByHandle.get(id);
      if (w) w.emit('error', deserialize(payload));
      return;
    }
    case 'exit': {
      const w = workersByHandle.get(id);
      if (w) w._onExit(payload);
      return;
    }
    default:
  }
}
ns.wtSetDispatcher(dispatch);

// ---- environment data ---------------------------------------------------------------------------
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
let environmentData = new Map();
if (info.env !== undefined) {
  const [envData, envCopy, argv] = JSON.parse(info.env);
  if (envData !== null) {
    try { environmentData = deserialize(envData); } catch (_) { environmentData = new Map(); }
  }
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, envCopy);
  process.argv.push(...argv);
}
function getEnvironmentData(key) { return environmentData.get(key); }
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key); else environmentData.set(key, value);
}

// ---- this thread ------------------------------------------------------------------------------
const isMainThread = info.isMainThread;
let parentPort = null;
let workerData = null;
if (!isMainThread) {
  parentPort = portFor(info.parentPort);
  workerData = info.workerData === undefined ? undefined : deserialize(info.workerData);
  // An uncaught exception ends the worker and becomes 'error' on the parent's Worker object.
  // A script that does not compile fails like one that throws at once.
  const compileUser = ns.compileUser;
  ns.compileUser = function (file) {
    try {
      return compileUser(file);
    } catch (err) {
      if (file !== ns.filename()) throw err;
      return function () { throw err; };
    }
  };
  internals.workerUncaught = function workerUncaught(err) {
    let json;
    try { json = serialize(err, undefined, true)[0]; } catch (_) { json = serialize(String(err), undefined, false)[0]; }
    ns.wtPostError(json);
    return true;
  };
}

// BroadcastChannel: every open channel of the same name, in any thread, gets a copy of what
// one of them posts (not the poster itself). An open channel keeps its thread alive.
const kBcPort = Symbol('kBcPort');
const kBcName = Symbol('kBcName');
const kOnMessage = Symbol('kOnMessage');
const kSetHandler = Symbol('kSetHandler');
const EventTargetBase = typeof globalThis.EventTarget === 'function' ? globalThis.EventTarget : class {};
class BroadcastChannel extends EventTargetBase {
  constructor(name) {
    if (arguments.length === 0) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    super();
    this[kBcName] = `${name}`;
    const id = ns.wtBcJoin(this[kBcName]);
    this[kBcPort] = id;
    this[kOnMessage] = { message: null, messageerror: null };
    const channel = this;
    // What the dispatcher sees in place of a MessagePort.
    const adapter = {
      [kClosed]: false,
      [kHeld]: false,
      emit(type, data) {
        if (type === 'message') channel.dispatchEvent(new MessageEvent('message', { data }));
        return true;
      },
      [kSetRef](on) {
        if (on !== this[kHeld]) { this[kHeld] = on; ns.refHandle(on ? 1 : -1); }
      },
    };
    this[kHandle] = adapter;
    portsById.set(id, adapter);
    adapter[kSetRef](true);
  }
  get name() { return this[kBcName]; }
  postMessage(message) {
    if (arguments.length === 0) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (this[kBcPort] === undefined) throw new DOMExceptionCtor('BroadcastChannel is closed.', 'InvalidStateError');
    for (const peer of ns.wtBcPeers(this[kBcPort])) {
      ns.wtSendTo(peer, serialize(message, undefined, false)[0]);
    }
  }
  close() {
    const id = this[kBcPort];
    if (id === undefined) return;
    this[kBcPort] = undefined;
    const adapter = this[kHandle];
    adapter[kClosed] = true;
    adapter[kSetRef](false);
    portsById.delete(id);
    ns.wtClose(id);
  }
  ref() { if (this[kBcPort] !== undefined) this[kHandle][kSetRef](true); return this; }
  unref() { if (this[kBcPort] !== undefined) this[kHandle][kSetRef](false); return this; }
  get onmessage() { return this[kOnMessage].message; }
  set onmessage(fn) { this[kSetHandler]('message', fn); }
  get onmessageerror() { return this[kOnMessage].messageerror; }
  set onmessageerror(fn) { this[kSetHandler]('messageerror', fn); }
  [kSetHandler](type, fn) {
    const old = this[kOnMessage][type];
    if (old) this.removeEventListener(type, old);
    this[kOnMessage][type] = typeof fn === 'function' ? fn : null;
    if (this[kOnMessage][type]) this.addEventListener(type, this[kOnMessage][type]);
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return 'BroadcastChannel';
    const fmt = typeof inspect === 'function' ? inspect : require('util').inspect;
    return `BroadcastChannel ${fmt({ name: this[kBcName], active: this[kBcPort] !== undefined }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// No worker listens for process 'workerMessage' here.
async function postMessageToThread(threadId) {
  throw makeError(Error, 'ERR_WORKER_MESSAGING_FAILED', `Cannot find the destination thread or listener`);
}

function markAsUntransferable(object) {
  if ((typeof object !== 'object' || object === null) && typeof object !== 'function') return;
  untransferable.add(object);
}

// In Node's order.
module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort,
  resourceLimits: isMainThread ? {} : { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 },
  postMessageToThread,
  threadId: info.threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
Object.defineProperty(module.exports, Symbol.for('nodescope.structuredClone'), { value: structuredClone, enumerable: false });
