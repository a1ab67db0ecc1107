// StringDecoder argument errors and end(buffer).
const { StringDecoder } = require('string_decoder');
try {
  new StringDecoder('utf-32');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const d = new StringDecoder('utf8');
console.log(d.end(Buffer.from([0xe2, 0x82])), '|', d.end(Buffer.from('ok')));
try {
  d.write('not a buffer');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))));
try {
  d.write(42);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(d.lastNeed, d.lastTotal, d.lastChar);
d.write(Buffer.from([0xf0, 0x9f]));
console.log(d.lastNeed, d.lastTotal, d.lastChar);
