// _writev gets everything buffered while a write was in flight.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('write', String(chunk));
    setImmediate(cb);
  },
  writev(chunks, cb) {
    console.log('writev', chunks.map((c) => `${c.chunk}/${c.encoding}`));
    setImmediate(cb);
  },
});
w.write('a');
w.write('b');
w.write('c', 'latin1');
w.write(Buffer.from('d'));
w.end('e', () => console.log('end cb'));
w.on('finish', () => console.log('finish'));
console.log('writableLength', w.writableLength, 'buffered', w.writableBuffer.length);
