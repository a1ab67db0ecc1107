// Every sync pair gives back exactly what went in (compressed sizes are not printed: nodescope
// models compression).
const zlib = require('zlib');
const input = Buffer.alloc(100000);
for (let i = 0; i < input.length; i++) input[i] = (i * 31 + (i >> 7)) & 0xff;
const pairs = [
  ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
  ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'],
];
for (const [c, d] of pairs) {
  const out = zlib[d](zlib[c](input));
  console.log(c, '->', d, Buffer.isBuffer(out), out.length, out.equals(input));
}
console.log(zlib.gunzipSync(zlib.gzipSync('a string')).toString());
console.log(JSON.stringify(zlib.inflateSync(zlib.deflateSync('')).toString()));
const gz = zlib.gzipSync('x');
console.log('gzip magic', gz[0].toString(16), gz[1].toString(16), gz[2]);
