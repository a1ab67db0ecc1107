// Ignoring write()'s return value: the writable buffer grows without bound.
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 1024,
  write(chunk, enc, cb) {
    setTimeout(cb, 1);
  },
});
let falses = 0;
let drains = 0;
w.on('drain', () => drains++);
const chunk = Buffer.alloc(256);
for (let i = 0; i < 64; i++) {
  if (!w.write(chunk)) falses++;
  if (i % 16 === 15) console.log('after', i + 1, 'writes: writableLength', w.writableLength, 'buffered requests', w.writableBuffer.length);
}
console.log('write() returned false', falses, 'times; needDrain', w.writableNeedDrain);
w.end(() => console.log('all written; drains', drains, 'length', w.writableLength));
