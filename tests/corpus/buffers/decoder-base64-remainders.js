// base64 output comes in groups of 4 characters per 3 bytes; leftovers wait for end().
const { StringDecoder } = require('string_decoder');
const data = Buffer.from('Hello, bytes!');
for (const enc of ['base64', 'base64url']) {
  const d = new StringDecoder(enc);
  const pieces = [];
  for (let i = 0; i < data.length; i += 5) {
    pieces.push(d.write(data.subarray(i, i + 5)));
    pieces.push(`(${d.lastTotal - d.lastNeed} held)`);
  }
  pieces.push(d.end());
  console.log(enc, pieces.join(' '));
  console.log(enc, data.toString(enc));
}
