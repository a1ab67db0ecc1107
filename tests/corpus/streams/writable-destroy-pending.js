// destroy() with queued writes: their callbacks get ERR_STREAM_DESTROYED.
const { Writable } = require('stream');

let inflight;
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    inflight = cb;
  },
});
w.on('close', () => console.log('close'));
w.on('error', (e) => console.log('error (never)', e.message));
w.write('a', (err) => console.log('cb a', err && err.code));
w.write('b', (err) => console.log('cb b', err && err.code, err && err.message));
w.write('c', (err) => console.log('cb c', err && err.code));
w.end((err) => console.log('end cb', err && err.code));
console.log('length', w.writableLength);
w.destroy();
console.log('destroyed', w.destroyed, 'writable', w.writable, 'writableAborted', w.writableAborted);
console.log('write after destroy ->', w.write('d', (err) => console.log('cb d', err.code, err.message)));
setImmediate(() => {
  console.log('in-flight write completes late');
  inflight();
  console.log('length', w.writableLength);
});
