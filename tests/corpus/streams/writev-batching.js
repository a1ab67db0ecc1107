// _writev receives everything that queued up behind a slow write.
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 10,
  writev(chunks, cb) {
    console.log('_writev', chunks.length, 'chunks:', chunks.map((c) => String(c.chunk)).join('|'), 'length', this.writableLength);
    setImmediate(cb);
  },
});
console.log('first write goes through _write -> _writev with one chunk');
const out = [];
for (let i = 0; i < 6; i++) out.push(w.write(`w${i}`, () => console.log('cb', i)));
console.log('results', out.join(','));
w.on('drain', () => console.log('drain'));
w.end(() => console.log('end cb'));
