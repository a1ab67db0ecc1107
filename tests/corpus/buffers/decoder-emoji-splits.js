// A 4-byte emoji split 1+3, 2+2, 3+1: StringDecoder waits for the whole character.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('😀');
console.log(bytes, bytes.length);
for (let cut = 1; cut < 4; cut++) {
  const d = new StringDecoder('utf8');
  const a = d.write(bytes.subarray(0, cut));
  const b = d.write(bytes.subarray(cut));
  console.log(`${cut}+${4 - cut}`, JSON.stringify(a), JSON.stringify(b), JSON.stringify(d.end()));
  console.log('  naive:', JSON.stringify(bytes.subarray(0, cut).toString() + bytes.subarray(cut).toString()));
}
