// utf16le: a surrogate pair split across chunks, and an odd byte count.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('a😀b', 'utf16le');
console.log(bytes);
for (let cut = 1; cut < bytes.length; cut++) {
  const d = new StringDecoder('utf16le');
  const parts = [d.write(bytes.subarray(0, cut)), d.write(bytes.subarray(cut)), d.end()];
  console.log(cut, parts.map((p) => JSON.stringify(p)).join(' '));
}
const d = new StringDecoder('ucs2');
console.log(JSON.stringify(d.write(Buffer.from([0x61]))), JSON.stringify(d.end()));
const d2 = new StringDecoder('utf16le');
console.log(JSON.stringify(d2.write(Buffer.from([0x3d, 0xd8]))), JSON.stringify(d2.end()), d2.end().length);
