// timingSafeEqual: equal lengths only, any ArrayBuffer view.
const crypto = require('crypto');

console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
console.log(crypto.timingSafeEqual(new ArrayBuffer(4), Buffer.alloc(4)));
for (const [a, b] of [[Buffer.from('a'), Buffer.from('ab')], ['abc', 'abc'], [Buffer.from('x'), 1]]) {
  try {
    crypto.timingSafeEqual(a, b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
