// base64 and hex StringDecoders across chunk boundaries.
const { StringDecoder } = require('string_decoder');
const data = Buffer.from('Hello, streams!');
for (const size of [1, 2, 4, 5]) {
  const d = new StringDecoder('base64');
  let out = '';
  const pieces = [];
  for (let i = 0; i < data.length; i += size) {
    const p = d.write(data.subarray(i, i + size));
    pieces.push(p);
    out += p;
  }
  const tail = d.end();
  out += tail;
  console.log(size, JSON.stringify(pieces.slice(0, 4)), JSON.stringify(tail), out === data.toString('base64'));
}
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from([0xde, 0xad])), h.write(Buffer.from([0xbe])), JSON.stringify(h.end()));
const u = new StringDecoder('base64url');
console.log(u.write(Buffer.from([0xfb, 0xff])), u.end());
const l = new StringDecoder('latin1');
console.log(l.write(Buffer.from([0xe9, 0xff])), l.encoding, new StringDecoder().encoding, new StringDecoder('UCS-2').encoding);
