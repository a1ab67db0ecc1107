// readableObjectMode / writableObjectMode and per-side highWaterMarks.
const { Duplex, Transform } = require('stream');

const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 3,
  read() {},
  write(chunk, enc, cb) {
    this.push({ len: chunk.length });
    setImmediate(cb);
  },
});
console.log('readableObjectMode', d.readableObjectMode, 'writableObjectMode', d.writableObjectMode);
console.log('readableHWM', d.readableHighWaterMark, 'writableHWM', d.writableHighWaterMark);
console.log('write ->', d.write('abcd'));
d.on('data', (o) => console.log('data', JSON.stringify(o)));

const t = new Transform({
  writableObjectMode: true,
  transform(obj, enc, cb) {
    cb(null, `${obj.a}-`);
  },
});
t.on('data', (c) => console.log('t data', Buffer.isBuffer(c), String(c)));
t.write({ a: 1 });
t.end({ a: 2 });
try {
  new Duplex({ readableHighWaterMark: -5 });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const h = new Duplex({ highWaterMark: 5, readableHighWaterMark: 100 });
console.log('highWaterMark wins', h.readableHighWaterMark, h.writableHighWaterMark);
