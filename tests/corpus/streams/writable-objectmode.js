// objectMode writables count objects; hwm default 16.
const { Writable } = require('stream');

const seen = [];
const w = new Writable({
  objectMode: true,
  write(obj, enc, cb) {
    seen.push(obj);
    setImmediate(cb);
  },
});
console.log('hwm', w.writableHighWaterMark, 'objectMode', w.writableObjectMode);
const r = [];
for (let i = 0; i < 18; i++) r.push(w.write({ i }) ? 'T' : 'F');
console.log('results', r.join(''), 'length', w.writableLength);
console.log('write a number', w.write(7), 'a string', w.write('s'), 'false', w.write(false));
try {
  w.write(null);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
w.on('drain', () => console.log('drain'));
w.end({ last: true });
w.on('finish', () => console.log('finish', seen.length, JSON.stringify(seen[seen.length - 1]), 'encoding arg was', typeof enc));
var enc;
