// Invalid chunks throw synchronously from write().
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event (never)', err.code));
for (const v of [null, 1, {}, true, undefined, [1, 2], () => {}, function named() {}]) {
  try {
    w.write(v);
    console.log('accepted', typeof v);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('still writable', w.writable, 'length', w.writableLength);
for (const v of [new Uint8Array([1, 2]), new Float32Array(1), new DataView(new ArrayBuffer(3))]) {
  w.write(v, (err) => console.log('typed write cb', err, v.constructor.name));
}
