// stream.isReadable / isErrored / isDisturbed / destroy / addAbortSignal.
const stream = require('stream');
const { Readable, Writable } = stream;

const r = new Readable({ read() {} });
console.log('fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r));
r.push('x');
r.read();
console.log('after read disturbed', stream.isDisturbed(r));
r.on('error', () => {});
stream.destroy(r, new Error('util destroy'));
console.log('after destroy', stream.isReadable(r), stream.isErrored(r), r.destroyed);
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable isWritable', stream.isWritable(w));
w.end();
console.log('after end isWritable', stream.isWritable(w));

const ac = new AbortController();
const s = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
s.on('error', (err) => console.log('aborted stream error', err.name, err.code, err.message));
s.on('close', () => console.log('aborted stream close', s.destroyed));
ac.abort();
const s2 = new Readable({ read() {}, signal: AbortSignal.abort() });
s2.on('error', (err) => console.log('pre-aborted signal option', err.name));
try {
  stream.addAbortSignal({}, r);
} catch (err) {
  console.log(err.code, err.message);
}
