// hex, latin1 and ascii never hold anything back.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x7e]);
for (const enc of ['hex', 'latin1', 'ascii']) {
  const d = new StringDecoder(enc);
  const parts = [d.write(bytes.subarray(0, 2)), d.write(bytes.subarray(2)), d.end()];
  console.log(enc.padEnd(6), JSON.stringify(parts), d.lastNeed, d.encoding);
}
console.log(new StringDecoder('BINARY').encoding, new StringDecoder('UCS-2').encoding, new StringDecoder().encoding);
