// 64-bit integers are BigInts.
const buf = Buffer.alloc(16);
buf.writeBigUInt64BE(0x0102030405060708n, 0);
buf.writeBigInt64LE(-2n, 8);
console.log(buf);
console.log(buf.readBigUInt64BE(0), buf.readBigUInt64LE(0), buf.readBigInt64LE(8), buf.readBigUInt64LE(8));
try {
  buf.writeBigInt64LE(2n ** 63n);
} catch (err) {
  console.log(err.code, err.message);
}
try {
  buf.writeBigUInt64LE(1);
} catch (err) {
  console.log(err.name, err.message);
}
