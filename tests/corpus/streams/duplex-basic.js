// Duplex: independent readable and writable sides; allowHalfOpen.
const { Duplex } = require('stream');

function make(name, opts) {
  const queue = [];
  const d = new Duplex({
    ...opts,
    read() {},
    write(chunk, enc, cb) {
      console.log(name, '_write', String(chunk));
      this.push(String(chunk).toUpperCase());
      cb();
    },
    final(cb) {
      console.log(name, '_final');
      cb();
    },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => console.log(name, 'event', ev, 'destroyed', d.destroyed));
  d.on('data', (c) => console.log(name, 'data', String(c)));
  return d;
}
const a = make('a');
console.log('allowHalfOpen', a.allowHalfOpen, 'readable', a.readable, 'writable', a.writable);
a.write('hi');
a.end();
setImmediate(() => {
  console.log('a after writable end: readable', a.readable, 'writable', a.writable, 'destroyed', a.destroyed);
  a.push(null);
});

const b = make('b', { allowHalfOpen: false });
b.write('x');
b.push(null);

const c = new Duplex({ readable: false, write(ch, e, cb) { cb(); } });
console.log('c readable', c.readable, 'readableEnded', c.readableEnded, 'writable', c.writable);
const d = new Duplex({ writable: false, read() {} });
console.log('d writable', d.writable, 'writableFinished', d.writableFinished, 'readable', d.readable);
d.on('error', (e) => console.log('d error', e.code));
d.write('x', (err) => console.log('d write cb', err.code));
console.log('instanceof', a instanceof Duplex, a instanceof require('stream').Readable, a instanceof require('stream').Writable);
