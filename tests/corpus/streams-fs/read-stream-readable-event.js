// The 'readable' event with read(): paused mode over a file.
const fs = require('fs');
const f = './tmp-read-stream-readable.txt';
fs.writeFileSync(f, 'r'.repeat(100000));
const rs = fs.createReadStream(f, { highWaterMark: 40000 });
let total = 0;
let reads = 0;
rs.on('readable', () => {
  let chunk;
  while ((chunk = rs.read()) !== null) {
    reads++;
    total += chunk.length;
  }
});
rs.on('end', () => {
  console.log('read', total, 'bytes in', reads, 'read() calls');
  fs.unlinkSync(f);
});
