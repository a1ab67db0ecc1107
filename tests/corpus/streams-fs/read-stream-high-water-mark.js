// A smaller highWaterMark means smaller reads: every chunk is at most that many bytes.
const fs = require('fs');
const f = './tmp-read-stream-hwm.txt';
fs.writeFileSync(f, 'x'.repeat(10000));
const sizes = [];
const rs = fs.createReadStream(f, { highWaterMark: 3000 });
console.log('hwm', rs.readableHighWaterMark);
rs.on('data', (c) => sizes.push(c.length));
rs.on('end', () => {
  console.log('chunks', sizes);
  fs.unlinkSync(f);
});
