'use strict';
// nodescope: Node v20's `crypto`, the parts programs about the event loop, streams and buffers
// use: hashes and HMACs (real digests, computed natively by crypto_natives.rs), the Hash/Hmac
// objects as Transform streams (Node's LazyTransform), `crypto.hash()`, PBKDF2 and scrypt (real
// derived keys), `timingSafeEqual`, and random values (`randomBytes`, `randomFill`, `randomInt`,
// `randomUUID`, `getRandomValues`, `webcrypto`). Ciphers, signatures and key pairs are not here.
//
// What is modelled:
// - Random values come from the run's seed (Options.seed), not from the OS: lengths and formats
//   are Node's, the values are not (they could not match a real run anyway).
// - Time. Hashing on the main thread costs kHashNsPerByte per byte. The async functions run on
//   libuv's threadpool (4 threads) as in Node: a PBKDF2 job costs iterations × blocks × a
//   per-iteration cost of its digest (kPbkdf2IterationNs; 100000 iterations of sha512 for a
//   64-byte key ≈ 80 ms, like a laptop), scrypt N × r × p × kScryptNsPerBlockMix, random bytes
//   kRandomCallNs + kRandomNsPerByte per byte. The *Sync variants charge the same cost to the
//   main thread. So five `pbkdf2` calls show four finishing together and the fifth a turn later.

const { Buffer } = require('buffer');
const { Transform } = require('stream');

/* global internals */
const ns = internals.ns;
const native = ns.crypto;
const { makeError, validateFunction, process } = internals;

const kHashNsPerByte = 2;
const kPbkdf2IterationNs = {
  md5: 400, sha1: 450, sha224: 600, sha256: 600, 'sha512-224': 800, 'sha512-256': 800,
  sha384: 800, sha512: 800, 'sha3-224': 900, 'sha3-256': 900, 'sha3-384': 900, 'sha3-512': 900,
  ripemd160: 600, sm3: 700, blake2b512: 700, blake2s256: 600,
};
const kScryptNsPerBlockMix = 350;
const kRandomCallNs = 2000;
const kRandomNsPerByte = 1;
const kJobCallNs = 2000;

// ---- validation (Node's internal/validators and errors) -------------------------------------

function inspect(v) {
  try { return require('util').inspect(v); } catch (_) { return String(v); }
}

function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  } else {
    received = inspect(value);
  }
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  const type = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspect(value)}`);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'of type object', value);
  }
}

// Node's ERR_INVALID_ARG_TYPE says "property" for a dotted name.
function invalidArgType(name, expected, value) {
  const err = internals.invalidArgType(name, expected, value);
  if (name.includes('.')) {
    err.message = err.message.replace(`"${name}" argument`, `"${name}" property`);
    err.stack = err.stack.replace(`"${name}" argument`, `"${name}" property`);
  }
  return err;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

/** The bytes of a string, ArrayBuffer or view (no copy for Buffers). */
function toBytes(data, encoding) {
  if (typeof data === 'string') {
    if (!encoding || encoding === 'buffer' || !Buffer.isEncoding(encoding)) encoding = 'utf8';
    return Buffer.from(data, encoding);
  }
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') return toBytes(buffer, encoding);
  if (!isArrayBufferView(buffer)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', buffer);
  }
  return buffer;
}

function digestNotSupported() {
  return new Error('Digest method not supported');
}

function invalidDigest(digest) {
  return makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

function hashFinalized() {
  return makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function encodeOutput(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(`${encoding}`)) return buf;
  return buf.toString(`${encoding}`);
}

function chargeHash(bytes) {
  if (bytes > 0) ns.cpu(bytes * kHashNsPerByte);
}

// ---- the native handles (what Node's C++ Hash and Hmac objects do) --------------------------

const kState = Symbol('kState');
const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kNative = Symbol('kNative');
const kDigest = Symbol('kDigest');

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

// Named like Node's internal binding classes, so that util.inspect shows `Hash {}`/`Hmac {}`.
const InternalHash = class Hash {
  constructor(algorithm, xofLen) {
    const state = algorithm instanceof InternalHash
      ? native.hashCopy(algorithm[kNative], xofLen)
      : native.hashNew(algorithm, xofLen);
    if (state === null) throw digestNotSupported();
    hidden(this, kNative, state);
    hidden(this, kDigest, null);
    hidden(this, 'xofLen', xofLen);
  }
  update(data, encoding) {
    const bytes = toBytes(data, encoding);
    chargeHash(bytes.byteLength);
    return native.hashUpdate(this[kNative], bytes);
  }
  // Node's C++ Hash caches its digest: a second digest() of the handle returns it again.
  digest(encoding) {
    if (this[kDigest] === null) this[kDigest] = native.hashDigest(this[kNative]);
    return encodeOutput(this[kDigest], encoding);
  }
};

const InternalHmac = class Hmac {
  constructor() {
    hidden(this, kNative, null);
  }
  init(algorithm, key) {
    const state = native.hmacNew(algorithm, toBytes(key));
    if (state === null) throw invalidDigest(algorithm);
    this[kNative] = state;
  }
  update(data, encoding) {
    const bytes = toBytes(data, encoding);
    chargeHash(bytes.byteLength);
    return native.hashUpdate(this[kNative], bytes);
  }
  // Node's C++ Hmac resets after its digest: a second digest() of the handle is empty.
  digest(encoding) {
    const out = native.hashDigest(this[kNative]) || new Uint8Array(0);
    return encodeOutput(out, encoding);
  }
};

// ---- LazyTransform (Node's internal/streams/lazy_transform.js) ------------------------------

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
  return function () {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    if (!this._options || !this._options.defaultEncoding) {
      this._writableState.defaultEncoding = 'buffer';
    }
    return this[name];
  };
}

function makeSetter(name) {
  return function (val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: makeGetter(name), set: makeSetter(name), configurable: true, enumerable: true,
  });
}

// ---- Hash and Hmac ----------------------------------------------------------------------------

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  if (!(algorithm instanceof InternalHash)) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  const handle = new InternalHash(algorithm, xofLen);
  if (xofLen !== undefined) {
    const info = native.digestInfo(typeof algorithm === 'string' ? algorithm : algorithm.algorithm);
    if (info && !info[0].startsWith('shake') && xofLen !== info[1]) {
      throw makeError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
        'error:030000B2:digital envelope routines::not XOF or invalid length');
    }
  }
  hidden(handle, 'algorithm', typeof algorithm === 'string' ? algorithm : algorithm.algorithm);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw hashFinalized();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this[kHandle].digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || 'buffer';
  const state = this[kState];
  if (state[kFinalized]) throw hashFinalized();
  if (typeof data === 'string') {
    if ((encoding === 'hex' || encoding === 'HEX') && data.length % 2 !== 0) {
      throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  this[kHandle].update(data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw hashFinalized();
  outputEncoding = outputEncoding || 'buffer';
  const ret = this[kHandle].digest(`${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

function prepareSecretKey(key, encoding) {
  if (key !== null && typeof key === 'object' && key[kSecretKey] !== undefined) return key[kSecretKey];
  if (typeof key === 'string') return toBytes(key, encoding);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return toBytes(key);
  throw invalidArgType('key',
    'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options && typeof options === 'object' ? options.encoding : undefined;
  key = prepareSecretKey(key, encoding);
  this[kHandle] = new InternalHmac();
  this[kHandle].init(hmac, key);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
  }
  const ret = this[kHandle].digest(`${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

/** `crypto.hash(algorithm, data[, outputEncoding])` (v20.12+): a one-shot digest. */
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw invalidArgType('input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    if (Buffer.isEncoding(outputEncoding)) {
      normalized = outputEncoding;
    } else if (outputEncoding.toLowerCase() === 'buffer') {
      normalized = 'buffer';
    } else {
      throw invalidArgValue('outputEncoding', outputEncoding);
    }
  }
  const state = native.hashNew(algorithm);
  if (state === null) throw new Error(`Digest method ${algorithm} is not supported`);
  const handle = Object.create(InternalHash.prototype);
  hidden(handle, kNative, state);
  hidden(handle, kDigest, null);
  handle.update(input, 'utf8');
  return handle.digest(normalized);
}

// ---- KeyObject (secret keys only) ----------------------------------------------------------

const kSecretKey = Symbol('kSecretKey');

class KeyObject {
  constructor(type, bytes) {
    hidden(this, kSecretKey, bytes);
    hidden(this, 'kType', type);
  }
  get type() { return this.kType; }
  get symmetricKeySize() { return this[kSecretKey].length; }
  export(options) {
    const buf = Buffer.from(this[kSecretKey]);
    if (options && options.format === 'jwk') return { kty: 'oct', k: buf.toString('base64url') };
    return buf;
  }
  equals(other) {
    return other instanceof KeyObject && Buffer.compare(Buffer.from(this[kSecretKey]), Buffer.from(other[kSecretKey])) === 0;
  }
}

function createSecretKey(key, encoding) {
  const bytes = prepareSecretKey(key, encoding);
  return new KeyObject('secret', Buffer.from(bytes.buffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes));
}

// ---- timingSafeEqual --------------------------------------------------------------------------

function timingSafeEqual(buf1, buf2) {
  for (const [name, b] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(b) && !isArrayBufferView(b)) {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const a = toBytes(buf1);
  const b = toBytes(buf2);
  if (a.byteLength !== b.byteLength) {
    throw makeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ---- PBKDF2 and scrypt ------------------------------------------------------------------------

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const info = native.digestInfo(digest);
  if (info === null || info[0] === 'shake128' || info[0] === 'shake256' || info[0] === 'md5-sha1') {
    throw invalidDigest(digest);
  }
  const blocks = Math.max(1, Math.ceil(keylen / info[1]));
  const cost = kJobCallNs + iterations * blocks * (kPbkdf2IterationNs[info[0]] || 700);
  return { password, salt, iterations, keylen, digest, cost };
}

function derivePbkdf2(job) {
  const out = native.pbkdf2(toBytes(job.password), toBytes(job.salt), job.iterations, job.keylen, job.digest);
  if (out === null) throw invalidDigest(job.digest);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const job = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const key = derivePbkdf2(job);
  ns.poolWork(job.cost, `pbkdf2 ${job.digest} ×${job.iterations}`, () => {
    callback.call(job, null, key);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const job = pbkdf2Check(password, salt, iterations, keylen, digest);
  const key = derivePbkdf2(job);
  ns.cpu(job.cost);
  return key;
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) { N = options.N; validateUint32(N, 'N'); }
    if (options.cost !== undefined) {
      if (hasN) throw incompatiblePair('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) { r = options.r; validateUint32(r, 'r'); }
    if (options.blockSize !== undefined) {
      if (hasR) throw incompatiblePair('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) { p = options.p; validateUint32(p, 'p'); }
    if (options.parallelization !== undefined) {
      if (hasP) throw incompatiblePair('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      if (typeof maxmem !== 'number') throw invalidArgType('maxmem', 'of type number', maxmem);
      if (!Number.isSafeInteger(maxmem) || maxmem < 0) throw outOfRange('maxmem', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, maxmem);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 0x40000000) {
    throw makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  // OpenSSL's memory check: 128 × N × r (+ 128 × r × p) bytes must fit in maxmem.
  if (128 * N * r + 128 * r * p > maxmem) {
    throw makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  const cost = kJobCallNs + N * r * p * kScryptNsPerBlockMix;
  return { password, salt, keylen, N, r, p, maxmem, cost };
}

function incompatiblePair() {
  return makeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
}

function deriveScrypt(job) {
  const out = native.scrypt(toBytes(job.password), toBytes(job.salt), job.keylen, job.N, job.r, job.p);
  if (out === null) throw makeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const job = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const key = deriveScrypt(job);
  ns.poolWork(job.cost, `scrypt N=${job.N}`, () => {
    callback.call(job, null, key);
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const job = scryptCheck(password, salt, keylen, options);
  const key = deriveScrypt(job);
  ns.cpu(job.cost);
  return key;
}

// ---- random values ---------------------------------------------------------------------------

const kMaxPossibleLength = Math.min(2 ** 32, 2 ** 31 - 1);

function fillRandom(view, offset, size) {
  const bytes = native.randomBytes(size);
  new Uint8Array(view.buffer || view, (view.byteOffset || 0) + offset, size).set(bytes);
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw outOfRange('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw outOfRange('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    fillRandom(buf, 0, size);
    ns.cpu(kRandomCallNs / 4 + size * kRandomNsPerByte);
    return buf;
  }
  randomFill(buf.buffer, buf.byteOffset, size, function (error) {
    if (error) return callback.call(this, error);
    callback.call(this, null, buf);
  });
}

function checkFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  fillRandom(buf, offset, size);
  ns.cpu(kRandomCallNs / 4 + size * kRandomNsPerByte);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(callback = size, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  // Node calls back synchronously when there is nothing to fill.
  if (size === 0) {
    callback(null, buf);
    return;
  }
  const job = { buf, offset, size };
  ns.poolWork(kRandomCallNs + size * kRandomNsPerByte, `randomFill ${size} bytes`, () => {
    fillRandom(buf, offset, size);
    callback.call(job, null, buf);
  });
}

// randomInt draws 48-bit values from a cache of random bytes, refilled on the threadpool when a
// callback is given and the cache is empty (Node's lib/internal/crypto/random.js).
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCachePendingTasks = [];
let isPendingRandomIntCacheRefill = false;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const randLimit = RAND_MAX - (RAND_MAX % range);
  if (isSync || randomCacheOffset < randomCache.length) {
    while (randomCacheOffset <= randomCache.length) {
      if (randomCacheOffset === randomCache.length) {
        randomFillSync(randomCache);
        randomCacheOffset = 0;
      }
      const x = randomCache.readUIntBE(randomCacheOffset, 6);
      randomCacheOffset += 6;
      if (x < randLimit) {
        const n = (x % range) + min;
        if (isSync) return n;
        process.nextTick(callback, undefined, n);
        return;
      }
    }
  } else {
    asyncCachePendingTasks.push({ min, max, callback });
    asyncRefillRandomIntCache();
  }
}

function asyncRefillRandomIntCache() {
  if (isPendingRandomIntCacheRefill) return;
  isPendingRandomIntCacheRefill = true;
  randomFill(randomCache, (err) => {
    isPendingRandomIntCacheRefill = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    for (const task of tasks.splice(0)) randomInt(task.min, task.max, task.callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

const kHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = native.randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += kHex[b[i]];
  }
  return s;
}

function isIntegerTypedArray(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView) return false;
  return !(data instanceof Float32Array || data instanceof Float64Array);
}

function domException(message, name) {
  return new globalThis.DOMException(message, name);
}

// ---- webcrypto: Crypto with getRandomValues and randomUUID --------------------------------------

const kCryptoBrand = Symbol('kCryptoBrand');

const kSubtleDigests = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

class SubtleCrypto {
  constructor(brand) {
    if (brand !== kCryptoBrand) throw makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  // Web Crypto's digest: an async function whose HashJob runs on the threadpool.
  async digest(algorithm, data) {
    if (this !== subtle) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    if (arguments.length < 2) {
      throw makeError(TypeError, 'ERR_MISSING_ARGS',
        `${prefix}: 2 arguments required, but only ${arguments.length} present.`);
    }
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    let name = algorithm;
    if (typeof algorithm === 'object' && algorithm !== null) {
      if (algorithm.name === undefined) {
        throw makeError(TypeError, 'ERR_MISSING_OPTION',
          "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
      }
      name = algorithm.name;
    }
    const alg = kSubtleDigests[`${name}`.toLowerCase()];
    if (alg === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const bytes = Uint8Array.from(toBytes(data));
    return new Promise((resolve) => {
      ns.poolWork(kJobCallNs + bytes.length * kHashNsPerByte, `digest ${name}`, () => {
        const handle = new InternalHash(alg);
        native.hashUpdate(handle[kNative], bytes);
        const out = native.hashDigest(handle[kNative]);
        resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
      });
    });
  }
}

class Crypto {
  constructor(brand) {
    if (brand !== kCryptoBrand) throw makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get subtle() {
    if (!(this instanceof Crypto)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    return subtle;
  }
  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    if (arguments.length < 1) {
      throw makeError(TypeError, 'ERR_MISSING_ARGS', 'The "typedArray" argument must be specified');
    }
    if (!isIntegerTypedArray(array)) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    randomFillSync(array, 0);
    return array;
  }
  randomUUID() {
    if (!(this instanceof Crypto)) throw makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kCryptoBrand);
const webcrypto = new Crypto(kCryptoBrand);

// ---- names ------------------------------------------------------------------------------------

const kHashes = ['RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
  'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'RSA-SM3', 'blake2b512', 'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption',
  'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption',
  'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption',
  'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3', 'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1'];

const getHashes = () => kHashes.slice();
const getCiphers = () => [];
const getCurves = () => [];

const constants = Object.freeze(Object.assign(Object.create(null), {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
}));

module.exports = {
  createHash,
  createHmac,
  createSecretKey,
  getCiphers,
  getCurves,
  getHashes,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips: () => 0,
  hash,
  Hash,
  Hmac,
  KeyObject,
  constants,
};
Object.defineProperties(module.exports, {
  webcrypto: { get() { return webcrypto; }, enumerable: true, configurable: true },
  subtle: { get() { return subtle; }, enumerable: true, configurable: true },
  getRandomValues: {
    get() { return (array) => webcrypto.getRandomValues(array); },
    enumerable: true, configurable: true,
  },
});
