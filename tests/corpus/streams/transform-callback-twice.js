// Calling the transform callback twice is ERR_MULTIPLE_CALLBACK.
const { Transform, Writable } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk);
    cb();
  },
});
t.on('error', (e) => console.log('transform error', e.name, e.code, e.message));
t.resume();
t.write('a');
const w = new Writable({
  write(chunk, enc, cb) {
    cb();
    cb();
  },
});
w.on('error', (e) => console.log('writable error', e.code, e.message));
w.on('close', () => console.log('writable close'));
w.write('b');
