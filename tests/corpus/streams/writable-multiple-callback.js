// Calling the write callback twice: ERR_MULTIPLE_CALLBACK.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    cb();
    cb();
  },
});
w.on('error', (err) => console.log('error', err.name, err.code, err.message));
w.on('close', () => console.log('close'));
console.log('write ->', w.write('x', () => console.log('write cb')));

const f = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    cb();
    cb();
  },
});
f.on('error', (err) => console.log('final error', err.code));
f.on('finish', () => console.log('f finish'));
f.end();
