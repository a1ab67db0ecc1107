'use strict';
// nodescope: Node v20's `string_decoder` module, written for the simulation.
// The decoding itself is native (crates/encoding's byte-exact StringDecoder, reached through
// `ns.encoding.decoder*`; the contract is documented at the top of buffer.js). This file adds
// Node's JS surface and the trace events the bytes lab animates:
//
//   decoder.new   { id, encoding }
//   decoder.write { id, encoding, chunk: number[], byteCount, heldBefore: number[],
//                   completed: number[], held: number[], heldCount, needed, reason, expected,
//                   text, units, replacements: [{ at, bytes }], truncated }
//   decoder.end   { ...same as write, plus flushed: number[] }
//
// `chunk` is the bytes given to this call (capped at 64); `heldBefore` what was held back
// before it; `completed` the held character that this call finished (or cut short) and decoded
// on its own; `held`/`needed`/`reason` what is held back after it and why ('utf8-incomplete',
// 'utf16-odd-byte', 'utf16-high-surrogate', 'base64-remainder'); `text` the characters
// returned (lone surrogates shown as U+FFFD); `replacements` each U+FFFD emitted for
// ill-formed UTF-8 with the bytes it stands for; `flushed` the held bytes end() decoded.

/* global internals */
const ns = (typeof internals !== 'undefined' && internals && internals.ns) || globalThis.__nodescope || {};
const native = ns.encoding;
if (!native) throw new Error('nodescope: string_decoder needs the __nodescope.encoding natives');
const traceFn = typeof ns.trace === 'function' ? ns.trace : null;
const recording = typeof internals !== 'undefined' && internals && 'recording' in internals ? !!internals.recording : true;
const tracing = traceFn !== null && recording;
const { Buffer } = require('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const kHandle = Symbol('nodescope.decoderHandle');
const kId = Symbol('nodescope.decoderId');
const TRACE_BYTES = 64;
let nextId = 1;

// Node's encoding enum, shown as the last byte of the decoder state in util.inspect output.
const ENCODING_INDEX = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  try {
    const stack = typeof err.stack === 'string' ? err.stack : '';
    const nl = stack.indexOf('\n');
    err.stack = `${err.name} [${code}]: ${message}${nl === -1 ? '' : stack.slice(nl)}`;
  } catch { /* a read-only stack is fine */ }
  return err;
}

function describeReceived(v) {
  if (v == null) return `${v}`;
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') {
    let name = '';
    try { name = v.constructor && v.constructor.name; } catch { /* ignore */ }
    if (name) return `an instance of ${name}`;
    try { return require('util').inspect(v, { depth: -1 }); } catch { return String(v); }
  }
  let shown = typeof v === 'string' ? `'${v}'` : typeof v === 'bigint' ? `${v}n` : String(v);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof v} (${shown})`;
}

/** util.format's `%s` (objects with a built-in toString are inspected). */
function formatS(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v !== 'object' || v === null) return String(v);
  let owner = v;
  if (typeof v.toString === 'function' && !Object.prototype.hasOwnProperty.call(v, 'toString')) {
    do { owner = Object.getPrototypeOf(owner); } while (owner && !Object.prototype.hasOwnProperty.call(owner, 'toString'));
    const ctor = owner && Object.getOwnPropertyDescriptor(owner, 'constructor');
    const builtin = !!ctor && typeof ctor.value === 'function' && globalThis[ctor.value.name] === ctor.value;
    if (!builtin) return String(v);
  } else if (typeof v.toString === 'function') {
    return String(v);
  }
  try { return require('util').inspect(v, { depth: 0, colors: false, compact: 3 }); } catch { return String(v); }
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string' && !(enc instanceof String)) return undefined;
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case '': case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': case 'base64': case 'base64url': case 'hex': return lower;
    default: return undefined;
  }
}

function capped(bytes) {
  return bytes.length > TRACE_BYTES ? bytes.slice(0, TRACE_BYTES) : bytes;
}
function traceText(s) {
  const text = s.length > 256 ? s.slice(0, 256) : s;
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g,
    (m) => (m.length === 2 ? `${m[0]}\uFFFD` : '\uFFFD'));
}

/** Refreshes the Node-shaped state snapshot (lastChar ×4, lastNeed, buffered, encoding). */
function syncState(decoder) {
  const state = native.decoderState(decoder[kHandle]);
  const view = decoder[kNativeDecoder];
  for (let i = 0; i < 4; i++) view[i] = state.lastChar[i] || 0;
  view[4] = state.needed;
  view[5] = state.held.length;
  return state;
}

function emit(decoder, kind, chunk, out, state) {
  const last = state.last || {};
  const data = {
    id: decoder[kId],
    encoding: decoder.encoding,
    chunk: capped(Array.from(chunk || [])),
    byteCount: chunk ? chunk.length : 0,
    heldBefore: last.heldBefore || [],
    completed: last.completed || [],
    held: state.held,
    heldCount: state.held.length,
    needed: state.needed,
    reason: state.reason,
    expected: state.expected || 0,
    text: traceText(out),
    units: out.length,
    replacements: (last.replacements || []).slice(0, TRACE_BYTES),
    truncated: !!chunk && chunk.length > TRACE_BYTES,
  };
  if (kind === 'end') data.flushed = last.flushed || [];
  traceFn(`decoder.${kind}`, data);
}

function asBytes(buf) {
  return buf instanceof Uint8Array && buf.constructor === Uint8Array
    ? buf
    : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${formatS(encoding)}`);
  this.encoding = enc;
  Object.defineProperty(this, kHandle, { value: native.decoderNew(enc), writable: true, configurable: true, enumerable: false });
  Object.defineProperty(this, kId, { value: nextId++, writable: true, configurable: true, enumerable: false });
  const view = Buffer.alloc(7);
  view[6] = ENCODING_INDEX[enc];
  this[kNativeDecoder] = view;
  if (tracing) traceFn('decoder.new', { id: this[kId], encoding: enc });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received ${describeReceived(buf)}`);
  }
  if (!this || this[kHandle] === undefined) {
    throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
  }
  const bytes = asBytes(buf);
  const out = native.decoderWrite(this[kHandle], bytes);
  const state = syncState(this);
  if (tracing) emit(this, 'write', bytes, out, state);
  return out;
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  let bytes;
  if (buf !== undefined) {
    if (typeof buf === 'string') {
      ret = buf;
    } else {
      // Validate exactly as write() does.
      if (!ArrayBuffer.isView(buf)) return this.write(buf);
      bytes = asBytes(buf);
    }
  }
  if (!this || this[kHandle] === undefined) {
    throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
  }
  const out = native.decoderEnd(this[kHandle], bytes);
  const state = syncState(this);
  if (tracing) emit(this, 'end', bytes, out, state);
  return ret + out;
};

StringDecoder.prototype.text = function text(buf, offset) {
  // Node forgets what is held and writes the rest of `buf`.
  this[kHandle] = native.decoderNew(this.encoding);
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, 4); },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][4]; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][4] + this[kNativeDecoder][5]; },
  },
});

module.exports = { StringDecoder };
