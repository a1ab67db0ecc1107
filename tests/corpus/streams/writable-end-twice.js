// end() callbacks: twice before finish, after finish, after destroy.
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.on('error', (err) => console.log('error event', err.code));
w.write('x');
w.end(() => console.log('end cb 1'));
w.end(() => console.log('end cb 2'));
w.on('finish', () => {
  console.log('finish');
  w.end((err) => console.log('end after finish cb:', err && err.code, err && err.message));
});
w.on('close', () => {
  console.log('close');
  w.end((err) => console.log('end after close cb:', err && err.code));
});

const d = new Writable({ write(c, e, cb) { cb(); } });
d.destroy();
d.end((err) => console.log('end after destroy cb:', err && err.code, err && err.message));
d.on('error', (err) => console.log('d error', err.code));
