// highWaterMark 1: push returns false as soon as anything is buffered.
const { Readable, Writable } = require('stream');
const r = new Readable({ highWaterMark: 1, read() {} });
console.log(r.push('a'), r.readableLength);
console.log(r.push('bc'), r.readableLength);
const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } });
console.log(w.write('x'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => console.log('drain', w.writableLength));
const o = new Readable({ objectMode: true, highWaterMark: 1, read() {} });
console.log(o.push({}), o.push({}), o.readableLength);
