// cork()/uncork() batch buffered writes into a single _writev call.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, chunks.map((c) => `${c.chunk}:${c.encoding}`).join(','), 'allBuffers', chunks.allBuffers);
    cb();
  },
});
w.cork();
console.log('corked', w.writableCorked);
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
w.write('c');
console.log('length while corked', w.writableLength, 'buffer', w.writableBuffer.length);
process.nextTick(() => {
  w.uncork();
  console.log('after uncork corked', w.writableCorked, 'length', w.writableLength);
  w.write('single');
  w.cork();
  w.cork();
  w.write('d');
  w.write('e');
  w.uncork();
  console.log('still corked', w.writableCorked);
  w.end('f');
  console.log('end uncorks fully', w.writableCorked);
});
w.on('finish', () => console.log('finish'));
