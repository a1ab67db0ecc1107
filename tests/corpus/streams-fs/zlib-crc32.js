// zlib.crc32 is computed for real.
const zlib = require('zlib');
console.log(zlib.crc32('hello'));
console.log(zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')));
console.log(zlib.crc32('hello world'));
console.log(zlib.crc32(''));
console.log(zlib.crc32(new Uint8Array([1, 2, 3, 4, 5])));
