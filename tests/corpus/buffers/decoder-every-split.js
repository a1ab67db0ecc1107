// Split the bytes of a string at every position: naive toString() vs StringDecoder.
const { StringDecoder } = require('string_decoder');
const text = 'h€😀';
const bytes = Buffer.from(text);
for (let cut = 1; cut < bytes.length; cut++) {
  const a = bytes.subarray(0, cut);
  const b = bytes.subarray(cut);
  const naive = a.toString() + b.toString();
  const d = new StringDecoder('utf8');
  const first = d.write(a);
  const held = d.lastTotal - d.lastNeed;
  const decoded = first + d.write(b) + d.end();
  console.log(String(cut).padStart(2), JSON.stringify(naive).padEnd(24), JSON.stringify(first).padEnd(8), 'held', held, decoded === text ? 'ok' : 'BROKEN');
}
