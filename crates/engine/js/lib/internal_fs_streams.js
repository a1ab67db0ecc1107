'use strict';
// nodescope: Node v20's fs.ReadStream and fs.WriteStream (lib/internal/fs/streams.js) over the
// simulated file system, plus the memory accounting that nodescope's own streams share.
//
// A ReadStream opens its file in _construct (a threadpool `open`, then 'open' and 'ready'),
// reads highWaterMark bytes per _read (64 KiB by default; one threadpool `read` each, whose
// latency follows the modelled disk speed), pushes what it got, pushes null at end of file or
// past `end`, and closes the fd in _destroy (waiting for a read in flight first). A WriteStream
// opens in _construct too, writes each chunk with one `write` request, and closes in _destroy.
// Files may be virtual files of any size: reads past a file's materialised content return
// filler, so a 2 GB file is streamed without ever existing.
//
// Memory: every byte a nodescope stream holds in its buffers (readable and writable side) is
// accounted with the host's `heap()` native, which draws the memory chart (`memory.change`
// trace events) and ends the run with V8's out-of-memory error past the heap limit. A
// destroyed stream is garbage, so its bytes are released; a stream that is only paused keeps
// them (that is the leak `.pipe()` leaves behind when its destination closes).

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');

/* global internals */
const ns = internals.ns;
const { makeError, invalidArgType, process } = internals;

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');

// ---- memory accounting, shared by internal_fs_streams, zlib, net and http ----------------

const held = new WeakMap();

/** Brings the host's heap figure up to date with the bytes `stream` buffers now. */
function syncHeap(stream) {
  let now = 0;
  const r = stream._readableState;
  const w = stream._writableState;
  const destroyed = (r && r.destroyed) || (w && w.destroyed);
  if (!destroyed) {
    if (r && !r.objectMode) now += r.length;
    if (w && !w.objectMode) now += w.length;
  }
  const before = held.get(stream) || 0;
  if (now !== before) {
    held.set(stream, now);
    ns.heap(now - before, `${displayName(stream)} buffers`);
  }
}

function displayName(stream) {
  const name = stream.__nodescopeName;
  if (typeof name === 'string') return name;
  return (stream.constructor && stream.constructor.name) || 'stream';
}

/** Wraps the methods of `proto` that change buffered lengths so that memory follows them. */
function trackMemory(proto) {
  for (const method of ['push', 'unshift', 'read', 'write', 'end', 'destroy', 'setEncoding', 'uncork']) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    const wrapped = {
      [method](...args) {
        const result = original.apply(this, args);
        syncHeap(this);
        return result;
      },
    }[method];
    Object.defineProperty(proto, method, { value: wrapped, writable: true, configurable: true, enumerable: false });
  }
}

/** Wraps a write/transform callback so that memory follows the length it frees. */
function afterWrite(stream, cb) {
  return (err, ...rest) => {
    cb(err, ...rest);
    syncHeap(stream);
  };
}

// ---- errors ----------------------------------------------------------------------------------

function uvException(info) {
  const path = info.path !== undefined ? ` '${info.path}'` : '';
  const err = new Error(`${info.code}: ${info.description}, ${info.syscall}${path}`);
  err.errno = info.errno;
  err.code = info.code;
  err.syscall = info.syscall;
  if (info.path !== undefined) err.path = info.path;
  return err;
}

function errorOrDestroy(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(err);
  else process.nextTick(() => stream.emit('error', err));
}

function outOfRange(name, range, value) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_')}`);
}

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) throw outOfRange(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
}

// ---- the file system the streams use: the threadpool, or `options.fs` --------------------

function baseName(path) {
  if (typeof path !== 'string') return String(path);
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(i + 1) : path;
}

const nativeFs = {
  open(path, flags, mode, cb) {
    ns.fsSubmit('open', [path, flags], `open ${baseName(path)}`, (e, fd) => (e ? cb(uvException(e)) : cb(null, fd)));
  },
  read(fd, buffer, offset, length, position, cb, label) {
    ns.fsSubmit('read', [fd, length, position == null ? -1 : position], label || `read fd ${fd}`, (e, bytes) => {
      if (e) return cb(uvException(e));
      const got = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      cb(null, got.length, got);
    });
  },
  write(fd, buffer, offset, length, position, cb, label) {
    const bytes = offset === 0 && length === buffer.length ? buffer : buffer.subarray(offset, offset + length);
    ns.fsSubmit('write', [fd, bytes, position == null ? -1 : position], label || `write fd ${fd}`, (e, n) => {
      if (e) return cb(uvException(e));
      cb(null, typeof n === 'number' ? n : length, buffer);
    });
  },
  close(fd, cb, label) {
    ns.fsSubmit('close', [fd], label || `close fd ${fd}`, (e) => cb(e ? uvException(e) : null));
  },
};

function getOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or an instance of Object', options);
  return Object.assign({}, options);
}

function pathOf(path) {
  if (path && typeof path === 'object' && path.href && path.protocol && path.auth === undefined && path.path === undefined) {
    return require('url').fileURLToPath(path);
  }
  if (path instanceof Uint8Array) return Buffer.from(path).toString();
  return path;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream.fd = options.fd;
    stream[kFs] = options.fs ? Object.assign({}, nativeFs, options.fs) : nativeFs;
    return;
  }
  if (options.fd != null && typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
    stream.fd = options.fd.fd;
    stream[kFs] = nativeFs;
    return;
  }
  if (options.fd != null) throw invalidArgType('options.fd', 'of type number', options.fd);
  stream[kFs] = options.fs ? Object.assign({}, nativeFs, options.fs) : nativeFs;
  stream.fd = null;
  if (typeof stream.path !== 'string' && !(stream.path instanceof Uint8Array)) {
    throw invalidArgType('path', 'of type string or an instance of Buffer or URL', stream.path);
  }
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else {
    stream[kFs].close(stream.fd, (er) => cb(er || err), `close ${stream.__nodescopeFile}`);
    stream.fd = null;
  }
}

// ---- ReadStream ------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = getOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  this.path = pathOf(path);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  // Last, as in Node: a stream whose options are rejected never opens its file.
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(ReadStream.prototype, '__nodescopeFile', {
  get() { return this.path != null ? baseName(String(this.path)) : `fd ${this.fd}`; },
  configurable: true,
});
Object.defineProperty(ReadStream.prototype, '__nodescopeName', {
  get() { return `ReadStream ${this.__nodescopeFile}`; },
  configurable: true,
});

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = null; // Node allocates n bytes here; the host hands back what it read.
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, got) => {
    this[kIsPerformingIO] = false;
    // Tell ._destroy() that it's safe to close the fd now.
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(got.length === bytesRead ? got : got.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  }, `read ${this.__nodescopeFile}`);
};

ReadStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

trackMemory(ReadStream.prototype);

// ---- WriteStream -----------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = getOptions(options);
  // Only buffers are supported.
  options.decodeStrings = true;
  this.path = pathOf(path);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(WriteStream.prototype, '__nodescopeFile', {
  get() { return this.path != null ? baseName(String(this.path)) : `fd ${this.fd}`; },
  configurable: true,
});
Object.defineProperty(WriteStream.prototype, '__nodescopeName', {
  get() { return `WriteStream ${this.__nodescopeFile}`; },
  configurable: true,
});

WriteStream.prototype._construct = construct;

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten, buffer) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      return cb(er || makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined) pos += bytesWritten;
    if (retries > 5) cb(new Error('writeAll failed'));
    else if (size) writeAll.call(this, buffer.subarray(bytesWritten), size, pos, cb, retries);
    else cb();
  }, `write ${this.__nodescopeFile}`);
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  cb = afterWrite(this, cb);
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      // Tell ._destroy() that it's safe to close the fd now.
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = data.map((entry) => entry.chunk);
  const all = Buffer.concat(chunks);
  this._write(all, 'buffer', cb);
};

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // If we are not autoClosing, we should call destroy on 'finish'.
  if (!this.autoClose) this.on('finish', this.destroy);
  // We use end() instead of destroy() because of https://github.com/nodejs/node/issues/2006
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

trackMemory(WriteStream.prototype);

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream(path, options) { return new ReadStream(path, options); },
  createWriteStream(path, options) { return new WriteStream(path, options); },
  // Shared with zlib, net and http.
  syncHeap,
  trackMemory,
  afterWrite,
  errorOrDestroy,
};
