// Node's `fs/promises`: the callback API's threadpool requests, resolved as promises.
'use strict';
const fs = require('fs');
function wrap(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}
class FileHandle {
  constructor(fd) { this.fd = fd; }
  readFile(options) { return wrap(fs.readFile)(this.fd, options); }
  writeFile(data, options) { return wrap(fs.writeFile)(this.fd, data, options); }
  stat() { return wrap(fs.fstat)(this.fd); }
  read(buffer, offset, length, position) {
    return new Promise((resolve, reject) => fs.read(this.fd, buffer, offset, length, position,
      (err, bytesRead, buf) => (err ? reject(err) : resolve({ bytesRead, buffer: buf }))));
  }
  write(buffer, ...rest) {
    return new Promise((resolve, reject) => fs.write(this.fd, buffer, ...rest,
      (err, bytesWritten, buf) => (err ? reject(err) : resolve({ bytesWritten, buffer: buf }))));
  }
  close() { return wrap(fs.close)(this.fd); }
}
module.exports = {
  readFile: wrap(fs.readFile),
  writeFile: wrap(fs.writeFile),
  appendFile: wrap(fs.appendFile),
  stat: wrap(fs.stat),
  lstat: wrap(fs.lstat),
  readdir: wrap(fs.readdir),
  mkdir: wrap(fs.mkdir),
  rmdir: wrap(fs.rmdir),
  rm: wrap(fs.rm),
  unlink: wrap(fs.unlink),
  rename: wrap(fs.rename),
  access: wrap(fs.access),
  copyFile: wrap(fs.copyFile),
  open: (path, flags) => wrap(fs.open)(path, flags || 'r').then((fd) => new FileHandle(fd)),
  constants: fs.constants,
};
