// Object mode through pipe(): hwm counts objects on both sides.
const { Readable, Transform, Writable } = require('stream');

let i = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    i++;
    console.log('src _read', i, 'buffered', this.readableLength);
    this.push(i <= 5 ? { id: i } : null);
  },
});
const double = new Transform({
  objectMode: true,
  highWaterMark: 1,
  transform(obj, enc, cb) {
    cb(null, { id: obj.id, twice: obj.id * 2 });
  },
});
const sink = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(obj, enc, cb) {
    console.log('sink', JSON.stringify(obj));
    setImmediate(cb);
  },
});
src.pipe(double).pipe(sink).on('finish', () => console.log('finish'));
