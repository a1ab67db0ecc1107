// The callback and promisified forms; callbacks run after the threadpool work.
const zlib = require('zlib');
const util = require('util');
const text = 'the quick brown fox jumps over the lazy dog '.repeat(1000);
zlib.gzip(text, (err, compressed) => {
  console.log('gzip', err, Buffer.isBuffer(compressed));
  zlib.gunzip(compressed, (err2, out) => {
    console.log('gunzip', err2, out.toString() === text);
    const deflate = util.promisify(zlib.deflate);
    const inflate = util.promisify(zlib.inflate);
    deflate(Buffer.from(text)).then(inflate).then((back) => console.log('promisified', back.toString() === text));
  });
});
console.log('sync code first');
