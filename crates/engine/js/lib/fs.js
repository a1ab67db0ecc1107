// Node's `fs` module over the simulated file system. Asynchronous calls are threadpool
// requests (the host models their latency); readFile is several requests, as in Node:
// open, fstat, one read per 512 KiB chunk, close.
'use strict';
const { ns, makeError, invalidArgType, validateFunction, labelOf } = internals;
const kReadFileBufferLength = 512 * 1024;
const kIoMaxLength = 2 ** 31 - 1;

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}
function uvException(info) {
  const dest = info.dest ? ` -> '${info.dest}'` : '';
  const path = info.path !== undefined ? ` '${info.path}'` : '';
  const err = new Error(`${info.code}: ${info.description}, ${info.syscall}${path ? path : ''}${dest}`);
  err.errno = info.errno;
  err.code = info.code;
  err.syscall = info.syscall;
  if (info.path !== undefined) err.path = info.path;
  return err;
}
function pathArg(p, name = 'path') {
  if (typeof p === 'string') return p;
  // A WHATWG URL (Node's isURL test: legacy Url objects have auth and path).
  if (p && typeof p === 'object' && p.href && p.protocol && p.auth === undefined && p.path === undefined) return require('url').fileURLToPath(p);
  if (p && p instanceof Uint8Array) return Buffer.from(p).toString();
  throw invalidArgType(name, 'of type string or an instance of Buffer or URL', p);
}
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return Object.assign({}, defaults, { encoding: options });
  return Object.assign({}, defaults, options);
}
function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}
function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// One threadpool request: `done(err, value)` runs in the poll phase.
function submit(op, args, label, done) {
  ns.fsSubmit(op, args, label, function onComplete(errInfo, value) {
    if (errInfo) done(uvException(errInfo));
    else done(null, value);
  });
}
function sync(op, args) {
  const [errInfo, value] = ns.fsSync(op, args);
  if (errInfo) throw uvException(errInfo);
  return value;
}

class Stats {
  constructor(info) {
    const mtimeMs = info.mtimeMs;
    Object.assign(this, {
      dev: 2049, mode: info.isFile ? 33188 : 16877, nlink: 1, uid: 0, gid: 0, rdev: 0,
      blksize: 4096, ino: info.ino, size: info.size, blocks: Math.ceil(info.size / 512),
      atimeMs: mtimeMs, mtimeMs, ctimeMs: mtimeMs, birthtimeMs: mtimeMs,
      atime: new Date(mtimeMs), mtime: new Date(mtimeMs), ctime: new Date(mtimeMs), birthtime: new Date(mtimeMs),
    });
    Object.defineProperty(this, '__isFile', { value: info.isFile });
  }
  isFile() { return this.__isFile; }
  isDirectory() { return !this.__isFile; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

function decode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  if (typeof path === 'number') {
    readChunks(path, null, options, false, callback);
    return;
  }
  const p = pathArg(path);
  const name = p.split('/').pop();
  submit('open', [p, options.flag || 'r'], `open ${name}`, (err, fd) => {
    if (err) return callback(err);
    submit('fstat', [fd], `fstat ${name}`, (err2, st) => {
      if (err2) return closeThen(fd, name, () => callback(err2));
      if (!st.isFile) {
        const e = uvException({ code: 'EISDIR', errno: -21, syscall: 'read', description: 'illegal operation on a directory' });
        return closeThen(fd, name, () => callback(e));
      }
      if (st.size > kIoMaxLength) {
        const e = makeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${st.size}) is greater than 2 GiB`);
        return closeThen(fd, name, () => callback(e));
      }
      readChunks(fd, st.size, options, true, callback, name);
    });
  });
}
function closeThen(fd, name, then) {
  submit('close', [fd], `close ${name}`, () => then());
}
function readChunks(fd, size, options, close, callback, name = `fd ${fd}`) {
  const chunks = [];
  let total = 0;
  // Node allocates the whole result once it knows the size: that memory is alive (and counts
  // against the heap limit) from here until the callback gets it.
  let held = 0;
  const hold = (n) => { held += n; ns.heap(n, `fs.readFile ${name}`); };
  if (size !== null) hold(size);
  const step = () => {
    const want = size === null ? 64 * 1024 : Math.min(kReadFileBufferLength, size - total);
    if (size !== null && want <= 0) return finish();
    submit('read', [fd, want, size === null ? -1 : total], `read ${name}`, (err, bytes) => {
      if (err) return close ? closeThen(fd, name, () => callback(err)) : callback(err);
      if (bytes.length === 0) return finish();
      chunks.push(bytes);
      total += bytes.length;
      if (size === null) hold(bytes.length);
      step();
    });
  };
  const finish = () => {
    const all = Buffer.concat(chunks.map(toBuffer), total);
    if (close) closeThen(fd, name, () => deliver(all));
    else deliver(all);
  };
  const deliver = (buf) => {
    // From here the program owns the buffer; streams it is written to account for it again.
    if (held) ns.heap(-held, `fs.readFile ${name} delivered`);
    held = 0;
    let result;
    try { result = decode(buf, options.encoding); } catch (e) { return callback(e); }
    callback(null, result);
  };
  step();
}

function writeAll(path, data, options, flag, callback) {
  const p = typeof path === 'number' ? path : pathArg(path);
  const bytes = toBytes(data, options.encoding);
  const name = typeof p === 'number' ? `fd ${p}` : p.split('/').pop();
  const writeTo = (fd, close) => {
    submit('write', [fd, bytes, -1], `write ${name}`, (err) => {
      if (err) return close ? closeThen(fd, name, () => callback(err)) : callback(err);
      if (close) closeThen(fd, name, () => callback(null));
      else callback(null);
    });
  };
  if (typeof p === 'number') return writeTo(p, false);
  submit('open', [p, options.flag || flag], `open ${name}`, (err, fd) => {
    if (err) return callback(err);
    writeTo(fd, true);
  });
}
function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', flag: 'w' });
  writeAll(path, data, options, 'w', callback);
}
function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', flag: 'a' });
  writeAll(path, data, options, 'a', callback);
}

function simple(op, mapResult) {
  return function (path, ...rest) {
    const callback = maybeCallback(rest.pop());
    const options = rest[0];
    const p = pathArg(path);
    const args = [p];
    if (op === 'mkdir' || op === 'rmdir' || op === 'rm') {
      args.push(options && typeof options === 'object' && options.recursive ? 1 : 0);
      args.push(options && typeof options === 'object' && options.force ? 1 : 0);
    }
    const firstMissing = op === 'mkdir' && options && options.recursive ? firstMissingDir(p) : undefined;
    submit(op, args, `${op} ${p.split('/').pop()}`, (err, value) => {
      if (err) return callback(err);
      callback(null, mapResult ? mapResult(value, options, p, firstMissing) : undefined);
    });
  };
}
function simpleSync(op, mapResult) {
  return function (path, options) {
    const p = pathArg(path);
    const args = [p];
    if (op === 'mkdir' || op === 'rmdir' || op === 'rm') {
      args.push(options && typeof options === 'object' && options.recursive ? 1 : 0);
      args.push(options && typeof options === 'object' && options.force ? 1 : 0);
    }
    const firstMissing = op === 'mkdir' && options && options.recursive ? firstMissingDir(p) : undefined;
    const value = sync(op, args);
    return mapResult ? mapResult(value, options, p, firstMissing) : undefined;
  };
}
const toStats = (v) => new Stats(v);
const mkdirResult = (v, options, p, firstMissing) => (options && options.recursive ? firstMissing : undefined);
// The first directory a recursive mkdir will create (what Node returns), or undefined.
function firstMissingDir(p) {
  let dir = pathResolve(p);
  let missing;
  while (dir !== '/' && !sync('exists', [dir])) {
    missing = dir;
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
  return missing;
}
function pathResolve(p) { return require('path').resolve(p); }
class Dirent {
  constructor(name, dir, isFile) {
    this.name = name;
    this.path = dir;
    Object.defineProperty(this, '__isFile', { value: isFile });
  }
  isFile() { return this.__isFile; }
  isDirectory() { return !this.__isFile; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}
const readdirResult = (names, options, p) => {
  const sorted = names.slice().sort();
  if (options && typeof options === 'object' && options.withFileTypes) {
    return sorted.map((n) => new Dirent(n, p, sync('stat', [`${p}/${n}`]).isFile));
  }
  return sorted;
};

const fs = {
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024 },
  Stats,
  readFile, writeFile, appendFile,
  stat: simple('stat', toStats),
  lstat: simple('lstat', toStats),
  readdir: simple('readdir', readdirResult),
  mkdir: simple('mkdir', mkdirResult),
  rmdir: simple('rmdir'),
  rm: simple('rm'),
  unlink: simple('unlink'),
  access(path, mode, callback) {
    callback = maybeCallback(callback || mode);
    const p = pathArg(path);
    submit('access', [p], `access ${p.split('/').pop()}`, (err) => callback(err || null));
  },
  exists(path, callback) {
    validateFunction(callback, 'cb');
    const p = typeof path === 'string' ? path : '';
    submit('exists', [p], `exists ${p.split('/').pop()}`, (err, v) => callback(!err && v));
  },
  rename(from, to, callback) {
    callback = maybeCallback(callback);
    submit('rename', [pathArg(from, 'oldPath'), pathArg(to, 'newPath')], `rename ${from}`, (err) => callback(err || null));
  },
  open(path, flags, mode, callback) {
    if (typeof flags === 'function') { callback = flags; flags = 'r'; }
    else if (typeof mode === 'function') { callback = mode; }
    callback = maybeCallback(callback);
    const p = pathArg(path);
    submit('open', [p, flags || 'r'], `open ${p.split('/').pop()}`, callback);
  },
  close(fd, callback) {
    callback = callback || (() => {});
    submit('close', [fd], `close fd ${fd}`, (err) => callback(err || null));
  },
  fstat(fd, options, callback) {
    callback = maybeCallback(callback || options);
    submit('fstat', [fd], `fstat fd ${fd}`, (err, v) => (err ? callback(err) : callback(null, new Stats(v))));
  },
  read(fd, buffer, offset, length, position, callback) {
    if (typeof buffer === 'function') { callback = buffer; buffer = Buffer.alloc(16384); offset = 0; length = buffer.length; position = null; }
    else if (typeof offset === 'function') { callback = offset; offset = 0; length = buffer.length - offset; position = null; }
    else if (offset && typeof offset === 'object') { callback = length; ({ offset = 0, length = buffer.length - offset, position = null } = offset); }
    callback = maybeCallback(callback);
    submit('read', [fd, length, position == null ? -1 : Number(position)], `read fd ${fd}`, (err, bytes) => {
      if (err) return callback(err);
      buffer.set(bytes, offset);
      callback(null, bytes.length, buffer);
    });
  },
  write(fd, buffer, offset, length, position, callback) {
    let bytes;
    if (typeof buffer === 'string') {
      callback = [offset, length, position].find((a) => typeof a === 'function');
      bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    } else {
      if (typeof offset === 'function') { callback = offset; offset = 0; length = buffer.length; }
      else if (typeof length === 'function') { callback = length; length = buffer.length - offset; }
      else if (typeof position === 'function') { callback = position; position = null; }
      bytes = buffer.subarray(offset || 0, (offset || 0) + (length === undefined ? buffer.length : length));
    }
    callback = maybeCallback(callback);
    submit('write', [fd, bytes, typeof position === 'number' ? position : -1], `write fd ${fd}`, (err, n) => (err ? callback(err) : callback(null, n, buffer)));
  },
  readFileSync(path, options) {
    options = getOptions(options, { flag: 'r' });
    const p = typeof path === 'number' ? null : pathArg(path);
    if (p === null) {
      const chunks = [];
      for (;;) {
        const b = sync('read', [path, 65536, -1]);
        if (!b.length) break;
        chunks.push(toBuffer(b));
      }
      return decode(Buffer.concat(chunks), options.encoding);
    }
    let st;
    try {
      st = sync('stat', [p]);
    } catch (e) {
      // Node's readFileSync fails in open(2).
      throw e.code === 'ENOENT' ? uvException({ code: 'ENOENT', errno: -2, syscall: 'open', path: e.path, description: 'no such file or directory' }) : e;
    }
    if (!st.isFile) throw uvException({ code: 'EISDIR', errno: -21, syscall: 'read', description: 'illegal operation on a directory' });
    if (st.size > kIoMaxLength) throw makeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${st.size}) is greater than 2 GiB`);
    // The result is alive at once (past the heap limit the process dies before reading).
    ns.heap(st.size, `fs.readFileSync ${p.split('/').pop()}`);
    ns.heap(-st.size, `fs.readFileSync ${p.split('/').pop()} returned`);
    return decode(toBuffer(sync('readFile', [p])), options.encoding);
  },
  writeFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', flag: 'w' });
    if (typeof path === 'number') { sync('write', [path, toBytes(data, options.encoding), -1]); return; }
    sync(options.flag && options.flag.startsWith('a') ? 'appendFile' : 'writeFile', [pathArg(path), toBytes(data, options.encoding)]);
  },
  appendFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', flag: 'a' });
    sync('appendFile', [pathArg(path), toBytes(data, options.encoding)]);
  },
  existsSync(path) {
    try { return sync('exists', [pathArg(path)]); } catch (e) { return false; }
  },
  statSync(path, options) {
    try { return new Stats(sync('stat', [pathArg(path)])); } catch (e) {
      if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
      throw e;
    }
  },
  lstatSync(path) { return new Stats(sync('lstat', [pathArg(path)])); },
  fstatSync(fd) { return new Stats(sync('fstat', [fd])); },
  readdirSync: simpleSync('readdir', readdirResult),
  mkdirSync: simpleSync('mkdir', mkdirResult),
  rmdirSync: simpleSync('rmdir'),
  rmSync: simpleSync('rm'),
  unlinkSync: simpleSync('unlink'),
  accessSync(path) { sync('access', [pathArg(path)]); },
  renameSync(from, to) { sync('rename', [pathArg(from, 'oldPath'), pathArg(to, 'newPath')]); },
  openSync(path, flags) { return sync('open', [pathArg(path), flags || 'r']); },
  closeSync(fd) { sync('close', [fd]); },
  readSync(fd, buffer, offset = 0, length, position = null) {
    if (offset && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
    if (length === undefined) length = buffer.length - offset;
    const bytes = sync('read', [fd, length, position == null ? -1 : Number(position)]);
    buffer.set(bytes, offset);
    return bytes.length;
  },
  writeSync(fd, buffer, offset, length, position) {
    const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : buffer.subarray(offset || 0, (offset || 0) + (length === undefined ? buffer.length : length));
    return sync('write', [fd, bytes, typeof position === 'number' ? position : -1]);
  },
  createReadStream(path, options) { return require('internal_fs_streams').createReadStream(path, options); },
  createWriteStream(path, options) { return require('internal_fs_streams').createWriteStream(path, options); },
};
fs.truncate = function truncate(path, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  callback = maybeCallback(callback);
  const p = pathArg(path);
  submit('truncate', [p, len || 0], `truncate ${p.split('/').pop()}`, (err) => callback(err || null));
};
fs.truncateSync = function truncateSync(path, len) { sync('truncate', [pathArg(path), len || 0]); };
fs.ftruncate = function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  callback = maybeCallback(callback);
  submit('ftruncate', [fd, len || 0], `ftruncate fd ${fd}`, (err) => callback(err || null));
};
fs.ftruncateSync = function ftruncateSync(fd, len) { sync('ftruncate', [fd, len || 0]); };
fs.Dirent = Dirent;
fs.copyFile = function copyFile(src, dest, mode, callback) {
  callback = maybeCallback(callback || mode);
  fs.readFile(src, (err, data) => (err ? callback(err) : fs.writeFile(dest, data, callback)));
};
fs.copyFileSync = function copyFileSync(src, dest) { fs.writeFileSync(dest, fs.readFileSync(src)); };
Object.defineProperty(fs, 'promises', { get() { return require('fs/promises'); }, enumerable: true });
module.exports = fs;
