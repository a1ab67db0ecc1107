// Split a buffer into fixed-size chunks and print a checksum of each (like a block store).
const crypto = require('crypto');

const data = Buffer.alloc(10000);
for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
const size = 4096;
for (let off = 0, n = 0; off < data.length; off += size, n++) {
  const chunk = data.subarray(off, off + size);
  const md5 = crypto.createHash('md5').update(chunk).digest('hex');
  const sha = crypto.createHash('sha256').update(chunk).digest('base64');
  console.log(`chunk ${n} bytes=${chunk.length} md5=${md5} sha256=${sha}`);
}
console.log('whole', crypto.createHash('sha256').update(data).digest('hex'));
