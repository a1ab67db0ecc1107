// The documented pattern: cork, write, then uncork in process.nextTick.
const { Writable } = require('stream');
const w = new Writable({
  writev(chunks, cb) {
    console.log('writev', chunks.length, Buffer.concat(chunks.map((c) => c.chunk)).toString());
    cb();
  },
});
w.cork();
w.write('a');
w.write('b');
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(() => w.uncork());
w.cork();
w.write('c');
console.log('corked twice', w.writableCorked);
process.nextTick(() => {
  w.uncork();
  console.log('after one uncork', w.writableCorked);
});
setImmediate(() => console.log('length', w.writableLength));
