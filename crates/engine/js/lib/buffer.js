'use strict';
// nodescope: Node v20's `buffer` module, written for the simulation.
// Behaviour is checked against real node by crates/engine/js/test/buffer_check.js, which runs
// this file under node with the natives emulated by crates/engine/js/test/encoding_shim.js.
//
// ---------------------------------------------------------------------------------------------
// Native contract: `ns.encoding`, where `ns` is `internals.ns` (the builtin wrapper's 4th
// argument) or else `globalThis.__nodescope`. Implemented in Rust over crates/encoding.
//
// `enc` is always one of the canonical names 'utf8' | 'utf16le' | 'latin1' | 'ascii' |
// 'base64' | 'base64url' | 'hex' (this file normalizes aliases before calling). A `u8`
// argument is a Uint8Array view; only its bytes [byteOffset, byteOffset + length) are read.
// Strings are JS strings (UTF-16 code units; lone surrogates must survive both ways).
//
//   decode(u8, enc) -> string
//       buf.toString(enc): nodescope_encoding::decode_utf16(bytes, enc).
//   encode(string, enc) -> Uint8Array
//       Buffer.from(string, enc): a fresh Uint8Array (its own ArrayBuffer) holding
//       nodescope_encoding::encode_utf16(units, enc).
//   byteLength(string, enc) -> number
//       Buffer.byteLength(string, enc): nodescope_encoding::byte_length_utf16(units, enc).
//   replacements(u8) -> Array<[start, length, outputIndex]>      (optional, for traces)
//       nodescope_encoding::utf8_replacements(bytes): each U+FFFD that UTF-8 decoding emits,
//       with the bytes it replaces.
//   decoderNew(enc) -> handle
//       A fresh nodescope_encoding::StringDecoder; the handle is any value the other
//       decoder natives accept (e.g. an object wrapping the Rust decoder, or an id).
//   decoderWrite(handle, u8) -> string            StringDecoder::write
//   decoderEnd(handle, u8 | undefined) -> string  StringDecoder::end(Some | None)
//   decoderState(handle) -> {
//       held: number[],      StringDecoder::held_bytes()
//       needed: number,      StringDecoder::needed()          (Node's lastNeed)
//       total: number,       StringDecoder::last_total()      (Node's lastTotal)
//       lastChar: number[],  StringDecoder::last_char()       (4 bytes, stale bytes included)
//       reason: null | 'utf8-incomplete' | 'utf16-odd-byte' | 'utf16-high-surrogate'
//               | 'base64-remainder',                          hold_reason().map(name)
//       expected: number,    for utf8-incomplete: the length the lead byte announces, else 0
//       last: {              StringDecoder::last_report(), the most recent write/end call:
//         bytesIn: number, heldBefore: number[], completed: number[], held: number[],
//         flushed: number[], unitsOut: number,
//         replacements: Array<{ at: number, bytes: number[] }>   (at = output_index)
//       }
//   }
//
// Traces (only when `ns.trace` exists): 'buffer.from' and 'buffer.toString' for string
// conversions; string_decoder.js emits 'decoder.*'.
// ---------------------------------------------------------------------------------------------

/* global internals */
const ns = (typeof internals !== 'undefined' && internals && internals.ns) || globalThis.__nodescope || {};
const native = ns.encoding;
if (!native) throw new Error('nodescope: buffer needs the __nodescope.encoding natives');
const traceFn = typeof ns.trace === 'function' ? ns.trace : null;
const recording = typeof internals !== 'undefined' && internals && 'recording' in internals ? !!internals.recording : true;
const tracing = traceFn !== null && recording;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = Object.freeze({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength });
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TRACE_BYTES = 64; // byte arrays in trace events are capped at this many entries

// ---------------------------------------------------------------------------------------------
// Errors, with Node's codes and messages.

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

function quoteString(s) {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === quote || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (c === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
    else out += c;
  }
  return quote + out + quote;
}

let utilInspect;
function inspect(v, opts) {
  if (utilInspect === undefined) {
    utilInspect = null;
    try {
      const u = require('util');
      if (u && typeof u.inspect === 'function') utilInspect = u.inspect;
    } catch { /* no util: fall back below */ }
  }
  switch (typeof v) {
    case 'string': return quoteString(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': case 'undefined': return String(v);
    case 'symbol': return v.toString();
    default:
      if (v === null) return 'null';
      if (utilInspect) return utilInspect(v, opts);
      if (isUint8Array(v) && typeof v[customInspectSymbol] === 'function') return v[customInspectSymbol]();
      return Object.prototype.toString.call(v);
  }
}

function describeReceived(v) {
  if (v == null) return `${v}`;
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') {
    let name = '';
    try { name = v.constructor && v.constructor.name; } catch { /* ignore */ }
    if (name) return `an instance of ${name}`;
    return inspect(v, { depth: -1 });
  }
  let shown = inspect(v, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof v} (${shown})`;
}

const kPrimitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
function joinAlternatives(list, lead) {
  if (list.length > 2) return `${lead}${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
  if (list.length === 2) return `${lead}${list[0]} or ${list[1]}`;
  return `${lead}${list[0]}`;
}

function errInvalidArgType(name, expected, actual) {
  expected = Array.isArray(expected) ? expected : [expected];
  let msg;
  if (name.endsWith(' argument')) msg = `The ${name} `;
  else msg = `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kPrimitiveTypes.includes(e)) types.push(e.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  if (types.length > 0) {
    msg += types.length > 1 ? joinAlternatives(types, 'one of type ') : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += joinAlternatives(instances, 'an instance of ');
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += joinAlternatives(other, 'one of ');
    else msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  }
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}. Received ${describeReceived(actual)}`);
}

function withSeparators(digits) {
  let sign = '';
  if (digits[0] === '-') { sign = '-'; digits = digits.slice(1); }
  let out = '';
  while (digits.length > 3) {
    out = `_${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return sign + digits + out;
}

function errOutOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = withSeparators(String(value));
  } else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = withSeparators(received);
    received += 'n';
  } else {
    received = inspect(value);
  }
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function errBufferOutOfBounds(name) {
  return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

const BUILTIN_CONSTRUCTORS = new Set(['Object', 'Array', 'Error', 'TypeError', 'RangeError', 'Date', 'RegExp',
  'Function', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise',
  'ArrayBuffer', 'DataView', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray']);
/** Whether `toString` of an object is a built-in one (then `%s` inspects it instead). */
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let owner = value;
  do { owner = Object.getPrototypeOf(owner); } while (owner && !Object.prototype.hasOwnProperty.call(owner, 'toString'));
  const ctor = owner && Object.getOwnPropertyDescriptor(owner, 'constructor');
  return !!ctor && typeof ctor.value === 'function' && BUILTIN_CONSTRUCTORS.has(ctor.value.name);
}
/** util.format's `%s`. */
function formatS(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return inspect(v);
  if (typeof v !== 'object' || v === null || !hasBuiltInToString(v)) return String(v);
  return inspect(v, { depth: 0, colors: false, compact: 3 });
}

function errUnknownEncoding(enc) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${formatS(enc)}`);
}

function errInvalidArgValue(name, value) {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' is invalid. Received ${shown}`);
}

// ---------------------------------------------------------------------------------------------
// Validation helpers.

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw errOutOfRange(name, range, value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw errOutOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errOutOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw errOutOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errOutOfRange(name, `>= ${min} && <= ${max}`, value);
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return typedArrayTag.call(v) !== undefined; }
function isAnyArrayBuffer(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// ---------------------------------------------------------------------------------------------
// Encodings.

function lookupEncoding(lower) {
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': case 'base64': case 'base64url': case 'hex': return lower;
    default: return undefined;
  }
}
/** Node's normalizeEncoding: canonical name or undefined; null, undefined and '' mean utf8. */
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string' && !(enc instanceof String)) return undefined;
  const s = `${enc}`;
  return s === '' ? 'utf8' : lookupEncoding(s.toLowerCase());
}
/** Node's getEncodingOps: the argument is stringified first; '' is unknown. */
function encodingOf(enc) {
  const s = `${enc}`;
  return s === '' ? undefined : lookupEncoding(s.toLowerCase());
}

function bytesOf(view) {
  const out = [];
  const n = Math.min(view.length, TRACE_BYTES);
  for (let i = 0; i < n; i++) out.push(view[i]);
  return out;
}
function traceText(s) {
  // Trace data is JSON: replace lone surrogates so it survives, and cap the length.
  const capped = s.length > 256 ? s.slice(0, 256) : s;
  return capped.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g,
    (m) => (m.length === 2 ? `${m[0]}\uFFFD` : '\uFFFD'));
}
function replacementsOf(view, enc) {
  if (enc !== 'utf8' || typeof native.replacements !== 'function') return [];
  return native.replacements(view).map(([start, length, at]) => ({
    at, bytes: Array.from(view.subarray(start, start + length)), start,
  }));
}

function decodeSlice(buf, enc, start, end) {
  const view = start === 0 && end === buf.length ? buf : new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
  const text = native.decode(view, enc);
  if (tracing) {
    traceFn('buffer.toString', {
      encoding: enc, start, end, byteLength: end - start, bytes: bytesOf(view), truncated: view.length > TRACE_BYTES,
      text: traceText(text), length: text.length, replacements: replacementsOf(view, enc),
    });
  }
  return text;
}

/** Writes `string` encoded as `enc` into buf[offset, offset + max); returns bytes written. */
function encodeInto(buf, string, enc, offset, max) {
  let bytes = native.encode(string, enc);
  let n = Math.min(bytes.length, max);
  if (n < bytes.length) {
    if (enc === 'utf8') {
      // Never store part of a character: back up to the start of the cut sequence.
      let i = n;
      while (i > 0 && (bytes[i] & 0xc0) === 0x80) i--;
      n = i;
    } else if (enc === 'utf16le') {
      n -= n % 2;
    }
    bytes = bytes.subarray(0, n);
  }
  Uint8Array.prototype.set.call(buf, bytes, offset);
  return n;
}

function traceFrom(enc, string, buf) {
  if (tracing) {
    traceFn('buffer.from', {
      encoding: enc, text: traceText(string), length: string.length, byteLength: buf.length,
      bytes: bytesOf(buf), truncated: buf.length > TRACE_BYTES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The Buffer class: a Uint8Array subclass whose instances share Buffer.prototype.

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let bufferWarned = false;
function Buffer(arg, encodingOrOffset, length) {
  if (!bufferWarned) {
    bufferWarned = true;
    if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw errInvalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
Object.defineProperty(Buffer, 'length', { value: 3 });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true, enumerable: false });

// The pool: small allocations are views into a shared 8 KiB ArrayBuffer, as in Node
// (`buf.buffer.byteLength` is 8192 and `byteOffset` moves on, 8-byte aligned).
Buffer.poolSize = 8 * 1024;
let poolSize;
let allocPool;
let poolOffset;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = 'utf8';
  } else {
    enc = encodingOf(encoding);
    if (enc === undefined) throw errUnknownEncoding(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  const bytes = native.encode(string, enc);
  const b = allocate(bytes.length);
  Uint8Array.prototype.set.call(b, bytes, 0);
  traceFrom(enc, string, b);
  return b;
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (!(length > 0)) return new FastBuffer();
  const b = allocate(length);
  for (let i = 0; i < length; i++) b[i] = obj[i];
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw errBufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw errBufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const FROM_TYPES = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw errInvalidArgType('first argument', FROM_TYPES, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw errInvalidArgType('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayProto.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw errInvalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw errInvalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw errInvalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw errInvalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw errInvalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && string.length === 0) return 0;
  const enc = encoding ? encodingOf(encoding) : 'utf8';
  if (enc === undefined) return mustMatch ? -1 : native.byteLength(string, 'utf8');
  switch (enc) {
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string, string.length);
    default: return native.byteLength(string, enc);
  }
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------------------------
// Prototype: strings.

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function sliceIndex(value, fallback) {
  if (value === undefined) return fallback;
  const n = Math.trunc(+value);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}
function makeSlice(enc) {
  return function slice(start, end) {
    const s = sliceIndex(start, 0);
    let e = sliceIndex(end, this.length);
    if (e < s) e = s;
    if (s > this.length || e > this.length) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return decodeSlice(this, enc, s, e);
  };
}
function makeWrite(enc) {
  return function write(string, offset, length) {
    if (typeof string !== 'string') throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const off = offset === undefined ? 0 : Math.trunc(+offset) || 0;
    if (off < 0) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (off > this.length) throw errBufferOutOfBounds('offset');
    let max = this.length - off;
    if (length !== undefined) {
      const l = Math.trunc(+length) || 0;
      if (l < 0) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      max = Math.min(max, l);
    }
    if (max === 0) return 0;
    return encodeInto(this, string, enc, off, max);
  };
}
const ENCODING_METHODS = [
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['latin1', 'latin1'],
  ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8'],
];
for (const [prefix, enc] of ENCODING_METHODS) {
  Object.defineProperty(proto, `${prefix}Slice`, { value: makeSlice(enc), writable: true, configurable: true, enumerable: true });
  Object.defineProperty(proto, `${prefix}Write`, { value: makeWrite(enc), writable: true, configurable: true, enumerable: true });
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return decodeSlice(this, 'utf8', 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeSlice(this, 'utf8', start, end);
  const enc = encodingOf(encoding);
  if (enc === undefined) throw errUnknownEncoding(encoding);
  return decodeSlice(this, enc, start, end);
};
proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const enc = encodingOf(encoding);
  if (enc === undefined) throw errUnknownEncoding(encoding);
  return makeWriteCache[enc].call(this, string, offset, length);
};
const makeWriteCache = {};
for (const [, enc] of ENCODING_METHODS) makeWriteCache[enc] = makeWrite(enc);

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw errInvalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la > lb ? 1 : la < lb ? -1 : 0;
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw errInvalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  if (targetStart > target.length) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  const toCompare = Math.min(sourceEnd - sourceStart, targetEnd - targetStart, this.length - sourceStart);
  const r = compareBytes(this, sourceStart, sourceStart + toCompare, target, targetStart, targetStart + toCompare);
  if (r !== 0) return r;
  const la = sourceEnd - sourceStart;
  const lb = targetEnd - targetStart;
  return la > lb ? 1 : la < lb ? -1 : 0;
};

// ---------------------------------------------------------------------------------------------
// Prototype: copy, fill, search.

function toInteger(n, fallback) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return fallback;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  const view = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  Uint8Array.prototype.set.call(target, view, targetStart);
  return nb;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw errInvalidArgType('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw errInvalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw errOutOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) throw errOutOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw errOutOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

function fillImpl(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      if (typeof encoding !== 'string') throw errInvalidArgType('encoding', 'string', encoding);
      throw errUnknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (enc === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw errBufferOutOfBounds();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = native.encode(value, enc);
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Uint8Array.prototype.fill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw errInvalidArgValue('value', value);
  for (let i = offset, j = 0; i < end; i++) {
    buf[i] = pattern[j];
    if (++j === pattern.length) j = 0;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

/** Node's IndexOfOffset: where a search starts, or -1 for no match possible. */
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function matchesAt(hay, needle, at) {
  for (let k = 0; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}

function searchBytes(hay, needle, byteOffset, forward, step) {
  const start = searchStart(hay.length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (hay.length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > hay.length) || needle.length > hay.length) return -1;
  if (step === 2) {
    if (hay.length < 2 || needle.length < 2) return -1;
    const units = hay.length >>> 1;
    const nunits = needle.length >>> 1;
    const from = start >>> 1;
    if (forward) {
      for (let u = from; u + nunits <= units; u++) if (matchesAt(hay, needle.subarray(0, nunits * 2), u * 2)) return u * 2;
    } else {
      for (let u = Math.min(from, units - nunits); u >= 0; u--) if (matchesAt(hay, needle.subarray(0, nunits * 2), u * 2)) return u * 2;
    }
    return -1;
  }
  if (forward) {
    for (let i = start; i + needle.length <= hay.length; i++) if (matchesAt(hay, needle, i)) return i;
  } else {
    for (let i = Math.min(start, hay.length - needle.length); i >= 0; i--) if (matchesAt(hay, needle, i)) return i;
  }
  return -1;
}

/** A UTF-8 search needle as Node builds it: lone surrogates become their 3-byte (WTF-8) form. */
function utf8Needle(val) {
  if (!/[\uD800-\uDFFF]/.test(val)) return native.encode(val, 'utf8');
  const parts = [];
  let start = 0;
  for (let i = 0; i < val.length; i++) {
    const u = val.charCodeAt(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    const next = val.charCodeAt(i + 1);
    if (u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
    parts.push(native.encode(val.slice(start, i), 'utf8'));
    parts.push(new Uint8Array([0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)]));
    start = i + 1;
  }
  parts.push(native.encode(val.slice(start), 'utf8'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function indexOfImpl(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') {
    const needle = new Uint8Array([(val >>> 0) & 255]);
    return searchBytes(buffer, needle, byteOffset, forward, 1);
  }
  const enc = encoding === undefined ? 'utf8' : encodingOf(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw errUnknownEncoding(encoding);
    const needle = enc === 'utf8' ? utf8Needle(val) : native.encode(val, enc);
    if (enc === 'utf16le') return searchBytes(buffer, needle, byteOffset, forward, 2);
    return searchBytes(buffer, needle, byteOffset, forward, 1);
  }
  if (isUint8Array(val)) {
    return searchBytes(buffer, val, byteOffset, forward, enc === 'utf16le' ? 2 : 1);
  }
  throw errInvalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return indexOfImpl(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return indexOfImpl(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.slice = function slice(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function swapBytes(buf, size) {
  if (buf.length % size !== 0) {
    throw makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
  }
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}
proto.swap16 = function swap16() { return swapBytes(this, 2); };
proto.swap32 = function swap32() { return swapBytes(this, 4); };
proto.swap64 = function swap64() { return swapBytes(this, 8); };

proto[customInspectSymbol] = function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < shown; i++) str += (i ? ' ' : '') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = Object.keys(this).filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    if (ctx.showHidden) {
      for (const k of Object.getOwnPropertyNames(this)) {
        if (!keys.includes(k) && !/^(0|[1-9][0-9]*)$/.test(k)) keys.push(k);
      }
    }
    const parts = keys.map((k) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(k) ? k : quoteString(k);
      return `${name}: ${inspect(this[k], { ...ctx, breakLength: Infinity, compact: true })}`;
    });
    if (parts.length > 0) str += (this.length !== 0 ? ', ' : '') + parts.join(', ');
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

// ---------------------------------------------------------------------------------------------
// Prototype: numbers.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw errOutOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw errBufferOutOfBounds();
  throw errOutOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

/** Checks that bytes [offset, offset + size) exist; like Node, validates `offset` first. */
function checkRead(buf, offset, size) {
  if (typeof offset !== 'number') throw errInvalidArgType('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function readUnsignedLE(buf, offset, size) {
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  return v;
}
function readUnsignedBE(buf, offset, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  return v;
}
function toSigned(v, size) {
  const limit = 2 ** (size * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function defineRead(name, size, signed, bigEndian) {
  proto[name] = function (offset = 0) {
    checkRead(this, offset, size);
    const v = bigEndian ? readUnsignedBE(this, offset, size) : readUnsignedLE(this, offset, size);
    return signed ? toSigned(v, size) : v;
  };
  Object.defineProperty(proto[name], 'name', { value: name });
}
for (const [bits, size] of [[8, 1], [16, 2], [32, 4]]) {
  for (const signed of [false, true]) {
    const base = `read${signed ? 'Int' : 'UInt'}${bits}`;
    if (size === 1) {
      defineRead(base, 1, signed, false);
    } else {
      defineRead(`${base}LE`, size, signed, false);
      defineRead(`${base}BE`, size, signed, true);
    }
  }
}

function defineReadVariable(name, signed, bigEndian) {
  proto[name] = function (offset, byteLength) {
    if (offset === undefined) throw errInvalidArgType('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
      checkRead(this, offset, byteLength);
      const v = bigEndian ? readUnsignedBE(this, offset, byteLength) : readUnsignedLE(this, offset, byteLength);
      return signed ? toSigned(v, byteLength) : v;
    }
    return boundsError(byteLength, 6, 'byteLength');
  };
  Object.defineProperty(proto[name], 'name', { value: name });
}
defineReadVariable('readUIntLE', false, false);
defineReadVariable('readUIntBE', false, true);
defineReadVariable('readIntLE', true, false);
defineReadVariable('readIntBE', true, true);

function writeRangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size > 4) {
    if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${size * 8}${n}`;
    return `>= -(2${n} ** ${size * 8 - 1}${n}) and < 2${n} ** ${size * 8 - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function writeBytes(buf, value, offset, size, bigEndian) {
  // Two's complement bytes of a (possibly fractional or negative) number: the low 32 bits
  // through `>>>`, the bits above through the floored quotient, stored like typed arrays do.
  const high = size > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < size; i++) {
    let byte;
    if (i < 4) byte = i === 0 ? value : value >>> (8 * i);
    else byte = i === 4 ? high : high >>> (8 * (i - 4));
    buf[bigEndian ? offset + size - 1 - i : offset + i] = byte;
  }
  return offset + size;
}

function checkWrite(buf, value, min, max, offset, size) {
  if (value > max || value < min) throw errOutOfRange('value', writeRangeText(min, max, size), value);
  if (typeof offset !== 'number') throw errInvalidArgType('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function defineWrite(name, size, min, max, bigEndian) {
  proto[name] = function (value, offset = 0) {
    value = +value;
    if (size === 1) {
      if (typeof offset !== 'number') throw errInvalidArgType('offset', 'number', offset);
      if (value > max || value < min) throw errOutOfRange('value', `>= ${min} and <= ${max}`, value);
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
      this[offset] = value;
      return offset + 1;
    }
    checkWrite(this, value, min, max, offset, size);
    return writeBytes(this, value, offset, size, bigEndian);
  };
  Object.defineProperty(proto[name], 'name', { value: name });
}
defineWrite('writeUInt8', 1, 0, 0xff, false);
defineWrite('writeInt8', 1, -0x80, 0x7f, false);
for (const [bits, size] of [[16, 2], [32, 4]]) {
  const umax = 2 ** bits - 1;
  const smin = -(2 ** (bits - 1));
  const smax = 2 ** (bits - 1) - 1;
  defineWrite(`writeUInt${bits}LE`, size, 0, umax, false);
  defineWrite(`writeUInt${bits}BE`, size, 0, umax, true);
  defineWrite(`writeInt${bits}LE`, size, smin, smax, false);
  defineWrite(`writeInt${bits}BE`, size, smin, smax, true);
}

function defineWriteVariable(name, signed, bigEndian) {
  proto[name] = function (value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
      const min = signed ? -(2 ** (byteLength * 8 - 1)) : 0;
      const max = signed ? 2 ** (byteLength * 8 - 1) - 1 : 2 ** (byteLength * 8) - 1;
      value = +value;
      if (byteLength === 1) {
        if (typeof offset !== 'number') throw errInvalidArgType('offset', 'number', offset);
        if (value > max || value < min) throw errOutOfRange('value', `>= ${min} and <= ${max}`, value);
        if (this[offset] === undefined) boundsError(offset, this.length - 1);
        this[offset] = value;
        return offset + 1;
      }
      checkWrite(this, value, min, max, offset, byteLength);
      return writeBytes(this, value, offset, byteLength, bigEndian);
    }
    return boundsError(byteLength, 6, 'byteLength');
  };
  Object.defineProperty(proto[name], 'name', { value: name });
}
defineWriteVariable('writeUIntLE', false, false);
defineWriteVariable('writeUIntBE', false, true);
defineWriteVariable('writeIntLE', true, false);
defineWriteVariable('writeIntBE', true, true);

function dataView(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function defineBig(signed, bigEndian) {
  const suffix = bigEndian ? 'BE' : 'LE';
  const readName = `readBig${signed ? 'Int' : 'UInt'}64${suffix}`;
  proto[readName] = function (offset = 0) {
    checkRead(this, offset, 8);
    const dv = dataView(this);
    const high = dv.getUint32(bigEndian ? offset : offset + 4, !bigEndian);
    const low = dv.getUint32(bigEndian ? offset + 4 : offset, !bigEndian);
    const v = (BigInt(high) << 32n) | BigInt(low);
    return signed ? BigInt.asIntN(64, v) : v;
  };
  Object.defineProperty(proto[readName], 'name', { value: readName });
  const writeName = `writeBig${signed ? 'Int' : 'UInt'}64${suffix}`;
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  proto[writeName] = function (value, offset = 0) {
    checkWrite(this, value, min, max, offset, 8);
    const low = Number(value & 0xffffffffn);
    const high = Number((value >> 32n) & 0xffffffffn);
    const dv = dataView(this);
    if (bigEndian) {
      dv.setUint32(offset, high);
      dv.setUint32(offset + 4, low);
    } else {
      dv.setUint32(offset, low, true);
      dv.setUint32(offset + 4, high, true);
    }
    return offset + 8;
  };
  Object.defineProperty(proto[writeName], 'name', { value: writeName });
}
for (const signed of [false, true]) for (const be of [false, true]) defineBig(signed, be);

function defineFloat(bits, bigEndian) {
  const size = bits / 8;
  const type = bits === 32 ? 'Float' : 'Double';
  const suffix = bigEndian ? 'BE' : 'LE';
  const readName = `read${type}${suffix}`;
  proto[readName] = function (offset = 0) {
    checkRead(this, offset, size);
    const dv = dataView(this);
    return bits === 32 ? dv.getFloat32(offset, !bigEndian) : dv.getFloat64(offset, !bigEndian);
  };
  Object.defineProperty(proto[readName], 'name', { value: readName });
  const writeName = `write${type}${suffix}`;
  proto[writeName] = function (value, offset = 0) {
    value = +value;
    checkRead(this, offset, size);
    const dv = dataView(this);
    if (bits === 32) dv.setFloat32(offset, value, !bigEndian);
    else dv.setFloat64(offset, value, !bigEndian);
    return offset + size;
  };
  Object.defineProperty(proto[writeName], 'name', { value: writeName });
}
for (const bits of [32, 64]) for (const be of [false, true]) defineFloat(bits, be);

// Lower-case `int` aliases (readUint8, writeBigUint64LE, …).
for (const key of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?UInt/.test(key)) {
    const alias = key.replace('UInt', 'Uint');
    Object.defineProperty(proto, alias, { value: proto[key], writable: true, configurable: true, enumerable: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Module-level functions.

function btoa(input) {
  if (arguments.length === 0) {
    throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  }
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  return native.decode(native.encode(input, 'latin1'), 'base64');
}

// The forgiving-base64 decode of the HTML spec, with Node v20's error choices (lib/buffer.js).
const FORGIVING_WHITESPACE = '\t\n\f\r ';
const FORGIVING_BASE64 = /[A-Za-z0-9+/]/;
function atob(input) {
  if (arguments.length === 0) {
    throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  }
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const ch = input[n];
    if (FORGIVING_WHITESPACE.includes(ch)) continue;
    if (ch === '=') {
      significant++;
      equals++;
      if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    } else if (FORGIVING_BASE64.test(ch)) {
      significant++;
      if (equals) throw domException('Invalid character', 'InvalidCharacterError');
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  let remainder = significant % 4;
  if (!remainder) remainder = (significant - equals) % 4;
  else if (equals) throw domException('Invalid character', 'InvalidCharacterError');
  if (remainder === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return native.decode(native.encode(input.replace(/[\t\n\f\r =]/g, ''), 'base64'), 'latin1');
}

// DOMException (Node's internal/per_context/domexception.js): name, message and code are
// prototype getters, the instance's only own property is its stack.
const DOM_EXCEPTION_NAMES = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const domExceptionInternals = new WeakMap();
function domInternals(self) {
  const internals = domExceptionInternals.get(self);
  if (internals === undefined) {
    throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type DOMException');
  }
  return internals;
}
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name;
    if (options && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
      }
    } else {
      name = `${options}`;
    }
    delete this.message;
    domExceptionInternals.set(this, { name, message: `${message}` });
  }
  get name() { return domInternals(this).name; }
  get message() { return domInternals(this).message; }
  get code() {
    const name = domInternals(this).name;
    const i = DOM_EXCEPTION_NAMES.findIndex(([n]) => n === name);
    return i === -1 ? 0 : i + 1;
  }
}
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
DOM_EXCEPTION_NAMES.forEach(([, constant], i) => {
  const desc = { value: i + 1, enumerable: true };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

function domException(message, name) {
  return new DOMException(message, name);
}

// Blob and File (Node v20's lib/internal/blob.js and file.js), in memory. Reading follows
// Node's reader: one microtask-deferred pull per source part, then the end-of-stream pull
// resolves, so arrayBuffer()/text() settle after the same number of microtask turns as in Node.
const kBlobParts = Symbol('kBlobParts');
const kBlobType = Symbol('kBlobType');
const kBlobLength = Symbol('kBlobLength');

function isBlob(object) {
  return object != null && object[kBlobParts] !== undefined;
}

function blobPartFrom(source) {
  if (isBlob(source)) return source[kBlobParts];
  if (isAnyArrayBuffer(source)) return [new Uint8Array(source.slice(0))];
  if (ArrayBuffer.isView(source)) {
    return [new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength))];
  }
  return [native.encode(`${source}`, 'utf8')];
}

function blobType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function makeBlob(target, parts, type) {
  target[kBlobParts] = parts;
  target[kBlobType] = type;
  target[kBlobLength] = parts.reduce((n, p) => n + p.length, 0);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw errInvalidArgType('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw errInvalidArgType('options', 'a dictionary', options);
    }
    const endings = options == null || options.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.endings' is invalid. Received ${inspect(endings)}`);
    }
    const parts = [];
    for (const source of sources) parts.push(...blobPartFrom(source));
    makeBlob(this, parts, blobType(options == null || options.type === undefined ? '' : options.type));
  }

  get type() {
    if (!isBlob(this)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
    return this[kBlobType];
  }

  get size() {
    if (!isBlob(this)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
    return this[kBlobLength];
  }

  slice(start = 0, end = this[kBlobLength], contentType = '') {
    if (!isBlob(this)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
    const size = this[kBlobLength];
    const rel = (v) => {
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    start = rel(start);
    end = rel(end);
    const parts = [];
    let pos = 0;
    for (const part of this[kBlobParts]) {
      const from = Math.max(start - pos, 0);
      const to = Math.min(end - pos, part.length);
      if (from < to) parts.push(part.subarray(from, to));
      pos += part.length;
    }
    const blob = Object.create(Blob.prototype);
    makeBlob(blob, parts, blobType(contentType));
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) {
      return Promise.reject(makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob'));
    }
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    const parts = this[kBlobParts];
    const total = this[kBlobLength];
    // Node's reader needs one pull for the first part and two for each later one.
    let pulls = parts.length === 0 ? 0 : 2 * parts.length - 1;
    const readNext = () => {
      if (pulls === 0) {
        const out = new Uint8Array(total);
        let offset = 0;
        for (const part of parts) {
          out.set(part, offset);
          offset += part.length;
        }
        resolve(out.buffer);
        return;
      }
      pulls--;
      queueMicrotask(readNext);
    };
    readNext();
    return promise;
  }

  async text() {
    if (!isBlob(this)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  bytes() {
    if (!isBlob(this)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    throw makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The Blob.stream() method is not implemented');
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${require('util').inspect({ size: this.size, type: this.type }, opts)}`;
  }
}
for (const key of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, key, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
Object.defineProperty(Blob.prototype, customInspectSymbol, { enumerable: false });

const kFileName = Symbol('kFileName');
const kFileLastModified = Symbol('kFileLastModified');
class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    this[kFileName] = `${fileName}`;
    const lastModified = options != null && options.lastModified !== undefined ?
      Number(options.lastModified) : Date.now();
    this[kFileLastModified] = Number.isNaN(lastModified) ? 0 : lastModified;
  }

  get name() {
    return this[kFileName];
  }

  get lastModified() {
    return this[kFileLastModified];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${require('util').inspect({
      size: this.size, type: this.type, name: this[kFileName], lastModified: this[kFileLastModified],
    }, opts)}`;
  }
}
for (const key of ['name', 'lastModified']) Object.defineProperty(File.prototype, key, { enumerable: true });
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
Object.defineProperty(File.prototype, customInspectSymbol, { enumerable: false });

function bytesOfInput(input, name) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw errInvalidArgType(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const bytes = bytesOfInput(input, 'input');
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return false;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return true;
}

function isAscii(input) {
  const bytes = bytesOfInput(input, 'input');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw errInvalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = native.decode(source, from);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of text) out += ch.length === 1 && ch.charCodeAt(0) <= limit ? ch : '?';
    text = out;
  }
  const bytes = native.encode(text, to);
  const b = allocate(bytes.length);
  Uint8Array.prototype.set.call(b, bytes, 0);
  return b;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  Blob,
  File,
  constants,
};
// The DOMException global comes from here (bootstrap.js); Node's buffer module does not export it.
Object.defineProperty(module.exports, Symbol.for('nodescope.DOMException'), { value: DOMException });
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true, enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
