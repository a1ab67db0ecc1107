// A custom _destroy that completes asynchronously; the callback may replace the error.
const { Readable, Writable } = require('stream');

const r = new Readable({
  read() {},
  destroy(err, cb) {
    console.log('_destroy called with', err && err.message);
    setImmediate(() => {
      console.log('_destroy completes');
      cb(err);
    });
  },
});
r.on('close', () => console.log('r close'));
r.on('error', (e) => console.log('r error', e.message));
r.destroy(new Error('first'), (err) => console.log('destroy callback', err && err.message));
console.log('destroyed immediately', r.destroyed, 'closed', r.closed);

const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    console.log('w _destroy', err);
    cb(new Error('from _destroy'));
  },
});
w.on('error', (e) => console.log('w error', e.message, 'errored', w.errored && w.errored.message));
w.on('close', () => console.log('w close'));
w.destroy();

const t = new Readable({
  read() {},
  destroy() {
    throw new Error('thrown in _destroy');
  },
});
t.on('error', (e) => console.log('t error', e.message));
t.on('close', () => console.log('t close'));
t.destroy();
