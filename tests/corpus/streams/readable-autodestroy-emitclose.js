// autoDestroy: false keeps the stream alive after 'end'; emitClose: false suppresses 'close'.
const { Readable, Writable } = require('stream');

const a = new Readable({ autoDestroy: false, read() {} });
a.on('end', () => {
  console.log('a end, destroyed', a.destroyed);
  setImmediate(() => console.log('a still not destroyed', a.destroyed));
});
a.on('close', () => console.log('a close (never)'));
a.resume();
a.push(null);

const b = new Readable({ emitClose: false, read() {} });
b.on('end', () => console.log('b end'));
b.on('close', () => console.log('b close (never)'));
b.resume();
b.push(null);
setImmediate(() => console.log('b destroyed', b.destroyed, 'closed', b.closed));

const c = new Readable({ autoDestroy: false, read() {} });
c.on('error', (e) => console.log('c error', e.message, 'destroyed', c.destroyed, 'errored', !!c.errored));
c.push(null);
c.push('after eof');

const w = new Writable({ autoDestroy: false, write(chunk, enc, cb) { cb(new Error('write failed')); } });
w.on('error', (e) => console.log('w error', e.message, 'destroyed', w.destroyed, 'writable', w.writable));
w.on('close', () => console.log('w close (never)'));
w.write('x', (err) => console.log('w write cb', err && err.message));
w.on('finish', () => console.log('w finish (never)'));
