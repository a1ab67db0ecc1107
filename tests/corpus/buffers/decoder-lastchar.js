// The decoder's internal state: lastNeed, lastTotal and lastChar.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const steps = [[0xf0], [0x9f, 0x8c], [0x8d, 0x61], [0xe4, 0xb8]];
for (const bytes of steps) {
  const out = d.write(Buffer.from(bytes));
  console.log(Buffer.from(bytes), JSON.stringify(out), d.lastNeed, d.lastTotal, d.lastChar);
}
console.log(JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
console.log(d);
