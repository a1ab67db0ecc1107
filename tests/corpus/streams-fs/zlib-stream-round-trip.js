// createGzip() piped into createGunzip(): the chunks come back joined, byte for byte.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const parts = [];
for (let i = 0; i < 50; i++) parts.push(Buffer.from(`chunk ${i} `.repeat(300)));
const expected = Buffer.concat(parts);
const got = [];
const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
console.log('hwm', gzip.readableHighWaterMark, gzip.writableHighWaterMark, gunzip.readableHighWaterMark);
pipeline(
  Readable.from(parts),
  gzip,
  gunzip,
  new Writable({ write(chunk, enc, cb) { got.push(chunk); cb(); } }),
  (err) => {
    const out = Buffer.concat(got);
    console.log('done', err, out.length, out.equals(expected));
    console.log('bytesWritten', gzip.bytesWritten === expected.length, gzip.destroyed, gunzip.destroyed);
  },
);
