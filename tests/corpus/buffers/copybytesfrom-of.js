// Buffer.of, Buffer.copyBytesFrom, toLocaleString, buf.parent/offset.
console.log(Buffer.of(1, 2, 300));
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const copy = Buffer.copyBytesFrom(u16, 1, 1);
u16[1] = 0;
console.log(copy, Buffer.copyBytesFrom(u16));
console.log(Buffer.from('hi').toLocaleString(), Buffer.from('hi').toLocaleString === Buffer.prototype.toString);
const big = Buffer.alloc(4);
console.log(big.parent === big.buffer, big.offset === big.byteOffset);
try {
  Buffer.copyBytesFrom([1, 2]);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(require('buffer').constants.MAX_STRING_LENGTH > 0, require('buffer').kMaxLength === require('buffer').constants.MAX_LENGTH);
