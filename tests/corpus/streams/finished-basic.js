// stream.finished(): end, finish, errors and premature close.
const { finished, Readable, Writable, Duplex } = require('stream');

const r = new Readable({ read() {} });
const cleanup = finished(r, (err) => console.log('readable finished', err));
console.log('returns cleanup fn', typeof cleanup);
r.resume();
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable finished', err));
w.end('x');

const p = new Readable({ read() {} });
finished(p, (err) => console.log('premature', err.code, err.message));
p.destroy();

const e = new Writable({ write(c, e2, cb) { cb(new Error('write error')); } });
finished(e, (err) => console.log('errored', err.message));
e.on('error', () => {});
e.write('x');

const d = new Duplex({ read() {}, write(c, enc, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('duplex writable side done', err));
d.end();

const gone = new Readable({ read() {} });
gone.destroy();
setImmediate(() => finished(gone, (err) => console.log('already destroyed', err && err.code)));

const removed = new Readable({ read() {} });
const stop = finished(removed, () => console.log('never: cleaned up'));
stop();
removed.destroy();
try {
  finished(r);
} catch (err) {
  console.log(err.code, err.message);
}
