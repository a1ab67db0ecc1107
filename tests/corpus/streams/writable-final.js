// _final runs before 'finish'; 'prefinish' comes from its callback.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  final(cb) {
    console.log('_final start');
    setImmediate(() => {
      console.log('_final done');
      cb();
    });
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => console.log('event', ev));
w.end('data', () => console.log('end cb'));
console.log('writableFinished', w.writableFinished);

const f = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
f.on('error', (err) => console.log('f error', err.message));
f.on('finish', () => console.log('f finish (never)'));
f.on('close', () => console.log('f close'));
f.end((err) => console.log('f end cb', err && err.message));

const s = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    console.log('s sync final');
    cb();
  },
});
s.on('prefinish', () => console.log('s prefinish'));
s.on('finish', () => console.log('s finish'));
s.end();
console.log('s end returned');
