'use strict';
// nodescope: Node v20's `zlib` with *modelled* compression.
//
// The streams (Gzip, Gunzip, Deflate, Inflate, DeflateRaw, InflateRaw, Unzip, BrotliCompress,
// BrotliDecompress) are Transforms shaped like Node's: 16 KiB buffers on both sides, every
// chunk processed on libuv's threadpool (one `poolWork` request whose cost is bytes × a
// per-byte CPU cost), output pushed in pieces of at most `chunkSize` (16 KiB) bytes, a final
// flush on end, `bytesWritten`, `close()`, `flush()`, `params()`, `reset()`. The one-shot
// functions (`gzip`, `gunzipSync`, …) are built on them as in Node.
//
// What is modelled rather than computed: the compressed bytes. A compressor emits
// ratio × input bytes (Model.gzip.ratio, default 0.25): a real header (gzip `1f 8b 08`,
// zlib `78 9c`), then frames of its own format, then a trailer. A frame stands for the input
// it covers and is padded to its modelled size; the original bytes stay in a registry of this
// run (the most recent 64 MiB of compressor input), which is how a decompressor gives them back.
// So gunzip(gzip(x)) returns x exactly within one run, output sizes follow the ratio, and no
// real compression is computed. Data compressed by anything else (a real .gz file) cannot be
// decompressed: that fails with Z_DATA_ERROR and says why.

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const { trackMemory, afterWrite } = require('internal_fs_streams');

/* global internals */
const ns = internals.ns;
const { makeError, invalidArgType, process } = internals;

const model = (() => {
  const m = (ns.model && ns.model()) || {};
  const g = m.gzip || {};
  return {
    ratio: g.ratio > 0 ? g.ratio : 0.25,
    compressNsPerByte: g.compress_ns_per_byte >= 0 ? g.compress_ns_per_byte : 10,
    decompressNsPerByte: g.decompress_ns_per_byte >= 0 ? g.decompress_ns_per_byte : 3,
  };
})();

// A call's fixed cost on the threadpool (entering zlib, setting up buffers), ns.
const kCallNs = 2000;

const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
  BROTLI_PARAM_SIZE_HINT: 5,
};
Object.freeze(constants);

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

// ---- the modelled format -----------------------------------------------------------------

const kMode = { DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9 };
const GZIP_HEADER = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03];
const ZLIB_HEADER = [0x78, 0x9c];
const FRAME_HEADER = 12; // 'N' 'Z' type 0  key(u32)  total length(u32)
const FRAME_DATA = 0x44; // 'D': stands for input (its key names the originals)
const FRAME_PAD = 0x50; // 'P': padding up to the modelled size
const FRAME_END = 0x45; // 'E': the last frame before the trailer
const TRAILER = { [kMode.GZIP]: 8, [kMode.DEFLATE]: 4, [kMode.DEFLATERAW]: 0, [kMode.BROTLI_ENCODE]: 0 };

// The originals of recent frames, by key; the oldest are forgotten past the cap.
const REGISTRY_CAP = 64 * 1024 * 1024;
const registry = new Map();
let registryBytes = 0;
let nextKey = 1;

function remember(chunks) {
  const key = nextKey++;
  let size = 0;
  for (const c of chunks) size += c.length;
  registry.set(key, chunks);
  registryBytes += size;
  while (registryBytes > REGISTRY_CAP && registry.size > 1) {
    const [oldest, old] = registry.entries().next().value;
    registry.delete(oldest);
    for (const c of old) registryBytes -= c.length;
  }
  return key;
}

function frame(type, key, total) {
  const out = Buffer.alloc(Math.max(total, FRAME_HEADER));
  out[0] = 0x4e;
  out[1] = 0x5a;
  out[2] = type;
  out.writeUInt32BE(key, 4);
  out.writeUInt32BE(out.length, 8);
  return out;
}

function bufError() {
  const err = new Error('unexpected end of file');
  err.errno = -5;
  err.code = 'Z_BUF_ERROR';
  return err;
}

function dataError(message) {
  const err = new Error(message);
  err.errno = -3;
  err.code = 'Z_DATA_ERROR';
  return err;
}

/** The compressing side: turns input into modelled output, 16 KiB frames at a time. */
class Compressor {
  constructor(mode, chunkSize) {
    this.mode = mode;
    this.chunkSize = chunkSize;
    this.pending = []; // input not yet covered by a frame
    this.bytesIn = 0;
    this.bytesOut = 0;
    this.headerDone = false;
  }

  header() {
    if (this.headerDone) return [];
    this.headerDone = true;
    if (this.mode === kMode.GZIP) return [Buffer.from(GZIP_HEADER)];
    if (this.mode === kMode.DEFLATE) return [Buffer.from(ZLIB_HEADER)];
    return [];
  }

  /** Output for `chunk` (may be none: like deflate, output comes in whole chunks). */
  write(chunk) {
    if (chunk.length) this.pending.push(Buffer.concat([chunk], chunk.length)); // a native copy
    this.bytesIn += chunk.length;
    const out = this.header();
    this.bytesOut += out.reduce((n, b) => n + b.length, 0);
    const owed = () => Math.floor(this.bytesIn * model.ratio) - this.bytesOut;
    while (owed() >= this.chunkSize) {
      const f = this.pending.length
        ? frame(FRAME_DATA, remember(this.pending.splice(0)), this.chunkSize)
        : frame(FRAME_PAD, 0, this.chunkSize);
      out.push(f);
      this.bytesOut += f.length;
    }
    return out;
  }

  /** Everything still owed, the end frame and the trailer. */
  finish() {
    const out = this.header();
    this.bytesOut += out.reduce((n, b) => n + b.length, 0);
    if (this.pending.length) {
      const owed = Math.max(FRAME_HEADER, Math.floor(this.bytesIn * model.ratio) - this.bytesOut - FRAME_HEADER);
      const f = frame(FRAME_DATA, remember(this.pending.splice(0)), owed);
      out.push(f);
      this.bytesOut += f.length;
    }
    out.push(frame(FRAME_END, 0, FRAME_HEADER));
    const trailerLength = TRAILER[this.mode] || 0;
    if (trailerLength) {
      const t = Buffer.alloc(trailerLength);
      if (trailerLength === 8) t.writeUInt32LE(this.bytesIn % 0x100000000, 4);
      out.push(t);
    }
    this.bytesOut += FRAME_HEADER + trailerLength;
    return out;
  }
}

/** The decompressing side: parses frames across chunk boundaries and returns the originals. */
class Decompressor {
  constructor(mode) {
    this.mode = mode;
    this.held = Buffer.alloc(0); // bytes of a header or frame header split across chunks
    this.skip = 0; // padding bytes of the current frame still to skip
    this.state = 'header';
    this.trailerLeft = 0;
  }

  expectHeader(data) {
    const isGzip = data[0] === 0x1f && data[1] === 0x8b;
    const isZlib = data[0] === 0x78;
    if (this.mode === kMode.UNZIP) this.member = isGzip ? kMode.GZIP : kMode.DEFLATE;
    else this.member = this.mode === kMode.GUNZIP ? kMode.GZIP : this.mode === kMode.INFLATE ? kMode.DEFLATE : kMode.DEFLATERAW;
    if (this.member === kMode.GZIP) {
      if (!isGzip) throw dataError('incorrect header check');
      return GZIP_HEADER.length;
    }
    if (this.member === kMode.DEFLATE) {
      if (!isZlib) throw dataError('incorrect header check');
      return ZLIB_HEADER.length;
    }
    return 0;
  }

  /** The original bytes that `chunk` completes. */
  write(chunk) {
    let data = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);
    const out = [];
    let i = 0;
    while (i < data.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      if (this.state === 'header') {
        const need = this.mode === kMode.DEFLATERAW || this.mode === kMode.INFLATERAW || this.mode === kMode.BROTLI_DECODE ? 0 : 2;
        if (data.length - i < need) break;
        const headerLength = this.expectHeader(data.subarray(i, i + 2));
        if (data.length - i < headerLength) break;
        i += headerLength;
        this.state = 'frames';
        continue;
      }
      if (this.state === 'trailer') {
        const n = Math.min(this.trailerLeft, data.length - i);
        this.trailerLeft -= n;
        i += n;
        if (this.trailerLeft === 0) this.state = 'done';
        continue;
      }
      if (this.state === 'done') {
        // Another gzip member may follow; anything else is trailing garbage, ignored as Node does.
        if (this.member === kMode.GZIP && data[i] === 0x1f) {
          this.state = 'header';
          continue;
        }
        i = data.length;
        break;
      }
      if (data.length - i < FRAME_HEADER) break;
      if (data[i] !== 0x4e || data[i + 1] !== 0x5a) {
        throw dataError('invalid block type (nodescope models compression: it can only decompress what zlib compressed earlier in the same run)');
      }
      const type = data[i + 2];
      const key = data.readUInt32BE(i + 4);
      const total = data.readUInt32BE(i + 8);
      i += FRAME_HEADER;
      this.skip = total - FRAME_HEADER;
      if (type === FRAME_DATA) {
        const originals = registry.get(key);
        if (!originals) {
          throw dataError('invalid distance too far back (nodescope keeps the originals of only the last 64 MiB of compressed data)');
        }
        for (const c of originals) out.push(c);
      } else if (type === FRAME_END) {
        this.skip = 0;
        this.trailerLeft = TRAILER[this.member] || 0;
        this.state = this.trailerLeft ? 'trailer' : 'done';
      }
    }
    if (i < data.length && this.skip === 0) this.held = Buffer.from(data.subarray(i));
    return out;
  }

  get ended() {
    return this.state === 'done';
  }
}

// ---- the streams ---------------------------------------------------------------------------

const kCompress = new Set([kMode.DEFLATE, kMode.GZIP, kMode.DEFLATERAW, kMode.BROTLI_ENCODE]);
const kNames = {
  [kMode.DEFLATE]: 'Deflate', [kMode.INFLATE]: 'Inflate', [kMode.GZIP]: 'Gzip', [kMode.GUNZIP]: 'Gunzip',
  [kMode.DEFLATERAW]: 'DeflateRaw', [kMode.INFLATERAW]: 'InflateRaw', [kMode.UNZIP]: 'Unzip',
  [kMode.BROTLI_ENCODE]: 'BrotliCompress', [kMode.BROTLI_DECODE]: 'BrotliDecompress',
};

function checkChunkSize(opts) {
  let chunkSize = constants.Z_DEFAULT_CHUNK;
  if (opts && opts.chunkSize !== undefined) {
    chunkSize = opts.chunkSize;
    if (typeof chunkSize !== 'number') throw invalidArgType('options.chunkSize', 'of type number', chunkSize);
    if (!Number.isFinite(chunkSize) || chunkSize < constants.Z_MIN_CHUNK) {
      throw makeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "options.chunkSize" is out of range. It must be >= ${constants.Z_MIN_CHUNK}. Received ${chunkSize}`);
    }
  }
  return chunkSize;
}

function ZlibBase(opts, mode) {
  const chunkSize = checkChunkSize(opts);
  Reflect.apply(Transform, this, [Object.assign({ autoDestroy: true }, opts)]);
  this.bytesWritten = 0;
  this._chunkSize = chunkSize;
  this._mode = mode;
  this._level = opts && typeof opts.level === 'number' ? opts.level : constants.Z_DEFAULT_COMPRESSION;
  this._finishFlushFlag = opts && opts.finishFlush !== undefined ? opts.finishFlush : constants.Z_FINISH;
  this._closed = false;
  this._engine = kCompress.has(mode) ? new Compressor(mode, chunkSize) : new Decompressor(mode);
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '__nodescopeName', {
  get() { return kNames[this._mode]; },
  configurable: true,
});

/** Pushes `pieces` in chunks of at most chunkSize bytes (Node's output buffer size). */
function pushPieces(stream, pieces) {
  const size = stream._chunkSize;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; at += size) {
      stream.push(at === 0 && piece.length <= size ? piece : piece.subarray(at, at + size));
    }
  }
}

function costOf(stream, inBytes, outBytes) {
  return kCallNs + (kCompress.has(stream._mode) ? inBytes * model.compressNsPerByte : outBytes * model.decompressNsPerByte);
}

function outLength(pieces) {
  let n = 0;
  for (const p of pieces) n += p.length;
  return n;
}

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  cb = afterWrite(this, cb);
  let pieces;
  try {
    pieces = this._engine.write(chunk);
  } catch (err) {
    // The error is found on the threadpool, after the cost of getting that far.
    ns.poolWork(kCallNs, `${kNames[this._mode]} ${chunk.length} bytes`, () => cb(err));
    return;
  }
  const cost = costOf(this, chunk.length, outLength(pieces));
  ns.poolWork(cost, `${kNames[this._mode]} ${chunk.length} bytes`, () => {
    if (this.destroyed) return cb();
    this.bytesWritten += chunk.length;
    pushPieces(this, pieces);
    cb();
  });
};

ZlibBase.prototype._flush = function (cb) {
  cb = afterWrite(this, cb);
  if (!kCompress.has(this._mode)) {
    if (!this._engine.ended && this._finishFlushFlag === constants.Z_FINISH) {
      ns.poolWork(kCallNs, `${kNames[this._mode]} finish`, () => {
        cb(bufError());
      });
      return;
    }
    process.nextTick(cb);
    return;
  }
  const pieces = this._engine.finish();
  ns.poolWork(kCallNs, `${kNames[this._mode]} finish`, () => {
    if (this.destroyed) return cb();
    pushPieces(this, pieces);
    cb();
  });
};

// As in Node: the writable side finishes at once; Transform's 'prefinish' hook then runs
// _flush, so 'finish' comes before the last output and 'end'.
ZlibBase.prototype._final = function (callback) {
  callback();
};

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(Buffer.alloc(0), '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) require('stream').finished(this, callback);
  this.destroy();
};

ZlibBase.prototype.reset = function () {
  this._engine = kCompress.has(this._mode) ? new Compressor(this._mode, this._chunkSize) : new Decompressor(this._mode);
};

ZlibBase.prototype.params = function (level, strategy, callback) {
  this._level = level;
  if (callback) process.nextTick(callback);
};

ZlibBase.prototype._destroy = function (err, callback) {
  this._closed = true;
  callback(err);
};

trackMemory(ZlibBase.prototype);

function define(name, mode) {
  const Ctor = {
    [name]: function (opts) {
      if (!(this instanceof Ctor)) return new Ctor(opts);
      Reflect.apply(ZlibBase, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(Ctor.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(Ctor, ZlibBase);
  return Ctor;
}

const Deflate = define('Deflate', kMode.DEFLATE);
const Inflate = define('Inflate', kMode.INFLATE);
const Gzip = define('Gzip', kMode.GZIP);
const Gunzip = define('Gunzip', kMode.GUNZIP);
const DeflateRaw = define('DeflateRaw', kMode.DEFLATERAW);
const InflateRaw = define('InflateRaw', kMode.INFLATERAW);
const Unzip = define('Unzip', kMode.UNZIP);
const BrotliCompress = define('BrotliCompress', kMode.BROTLI_ENCODE);
const BrotliDecompress = define('BrotliDecompress', kMode.BROTLI_DECODE);

// ---- one-shot functions ----------------------------------------------------------------------

function toBuffer(buffer, name = 'buffer') {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (buffer instanceof Uint8Array) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

function zlibBuffer(engine, buffer, callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  buffer = toBuffer(buffer);
  const buffers = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const result = Buffer.concat(buffers, nread);
    engine.close();
    callback(null, result);
  });
  engine.end(buffer);
}

function zlibBufferSync(mode, buffer, opts) {
  buffer = toBuffer(buffer);
  const engine = kCompress.has(mode) ? new Compressor(mode, checkChunkSize(opts)) : new Decompressor(mode);
  const pieces = engine.write(buffer);
  if (kCompress.has(mode)) {
    for (const p of engine.finish()) pieces.push(p);
  } else if (!engine.ended && !(opts && opts.finishFlush !== undefined && opts.finishFlush !== constants.Z_FINISH)) {
    throw bufError();
  }
  const out = Buffer.concat(pieces);
  ns.cpu(kCallNs + (kCompress.has(mode) ? buffer.length * model.compressNsPerByte : out.length * model.decompressNsPerByte));
  return out;
}

function oneShot(Ctor, mode) {
  const async = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
  const sync = function (buffer, opts) {
    return zlibBufferSync(mode, buffer, opts);
  };
  return [async, sync];
}

const [deflate, deflateSync] = oneShot(Deflate, kMode.DEFLATE);
const [gzip, gzipSync] = oneShot(Gzip, kMode.GZIP);
const [deflateRaw, deflateRawSync] = oneShot(DeflateRaw, kMode.DEFLATERAW);
const [unzip, unzipSync] = oneShot(Unzip, kMode.UNZIP);
const [inflate, inflateSync] = oneShot(Inflate, kMode.INFLATE);
const [gunzip, gunzipSync] = oneShot(Gunzip, kMode.GUNZIP);
const [inflateRaw, inflateRawSync] = oneShot(InflateRaw, kMode.INFLATERAW);
const [brotliCompress, brotliCompressSync] = oneShot(BrotliCompress, kMode.BROTLI_ENCODE);
const [brotliDecompress, brotliDecompressSync] = oneShot(BrotliDecompress, kMode.BROTLI_DECODE);

// CRC-32 is computed for real (it is cheap and programs print it).
let crcTable;
function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!(data instanceof Uint8Array)) throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = (value ^ -1) >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  deflate, deflateSync, gzip, gzipSync, deflateRaw, deflateRawSync, unzip, unzipSync,
  inflate, inflateSync, gunzip, gunzipSync, inflateRaw, inflateRawSync,
  brotliCompress, brotliCompressSync, brotliDecompress, brotliDecompressSync,
  createDeflate: (o) => new Deflate(o),
  createInflate: (o) => new Inflate(o),
  createDeflateRaw: (o) => new DeflateRaw(o),
  createInflateRaw: (o) => new InflateRaw(o),
  createGzip: (o) => new Gzip(o),
  createGunzip: (o) => new Gunzip(o),
  createUnzip: (o) => new Unzip(o),
  createBrotliCompress: (o) => new BrotliCompress(o),
  createBrotliDecompress: (o) => new BrotliDecompress(o),
  constants,
  codes,
};
// Node keeps the old flat constants on the module too.
for (const key of Object.keys(constants)) {
  if (key.startsWith('Z_') || key.startsWith('BROTLI_')) {
    Object.defineProperty(module.exports, key, { value: constants[key], enumerable: false });
  }
}
