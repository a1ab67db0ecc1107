// utf16le: an odd byte waits for its partner, a high surrogate waits for its low surrogate.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('a👍b', 'utf16le');
console.log(bytes);
for (let size = 1; size <= 4; size++) {
  const d = new StringDecoder('utf16le');
  const out = [];
  for (let i = 0; i < bytes.length; i += size) {
    out.push(JSON.stringify(d.write(bytes.subarray(i, i + size))));
  }
  out.push(JSON.stringify(d.end()));
  console.log(`chunks of ${size}:`, out.join(' '));
}
const lone = new StringDecoder('ucs2');
console.log(JSON.stringify(lone.write(Buffer.from([0x3d, 0xd8]))), JSON.stringify(lone.end()));
const odd = new StringDecoder('utf16le');
console.log(JSON.stringify(odd.write(Buffer.from([0x61, 0x00, 0x62]))), JSON.stringify(odd.end()));
