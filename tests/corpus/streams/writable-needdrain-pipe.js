// writableNeedDrain and pipe(): a destination that already needs drain pauses the source.
const { Readable, Writable } = require('stream');

const held = [];
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { held.push(cb); } });
w.write('abc');
console.log('needDrain', w.writableNeedDrain);
const r = new Readable({ read() {} });
r.on('pause', () => console.log('source pause'));
r.on('resume', () => console.log('source resume'));
r.pipe(w);
r.push('x');
console.log('flowing', r.readableFlowing);
setImmediate(() => {
  console.log('releasing');
  while (held.length) held.shift()();
  setImmediate(() => {
    console.log('flowing', r.readableFlowing);
    r.push(null);
    w.on('finish', () => console.log('finish'));
  });
});
w.on('drain', () => console.log('drain'));
