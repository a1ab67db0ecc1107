// objectMode streams carry any value except null.
const { Readable, Writable } = require('stream');
const values = [0, '', false, [], { a: 1 }, 1n, Symbol.for('s'), undefined];
const r = new Readable({ objectMode: true, read() {} });
for (const v of values) r.push(v);
r.push(null);
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log(typeof chunk, chunk, enc);
    cb();
  },
});
r.pipe(w).on('finish', () => console.log('finish', w.writableLength));
try {
  new Writable({ objectMode: true, write() {} }).write(null);
} catch (e) {
  console.log(e.code, e.message);
}
