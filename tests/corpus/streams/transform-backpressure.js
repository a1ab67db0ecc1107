// A Transform whose readable side is not consumed holds its write callbacks.
const { Transform } = require('stream');

let transforms = 0;
const t = new Transform({
  highWaterMark: 6,
  transform(chunk, enc, cb) {
    transforms++;
    cb(null, chunk);
  },
});
const results = [];
for (let i = 0; i < 8; i++) results.push(t.write('abc'));
console.log('write results', results.join(','));
setImmediate(() => {
  console.log('transforms so far', transforms, 'readableLength', t.readableLength, 'writableLength', t.writableLength);
  t.on('drain', () => console.log('drain'));
  let total = 0;
  t.on('data', (d) => {
    total += d.length;
  });
  t.on('end', () => console.log('end total', total, 'transforms', transforms));
  t.end();
});
