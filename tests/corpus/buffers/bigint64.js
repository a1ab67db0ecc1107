// BigInt64 / BigUInt64 reads and writes, and their range errors.
const b = Buffer.alloc(16);
b.writeBigInt64LE(-1n);
b.writeBigUInt64BE(2n ** 64n - 2n, 8);
console.log(b);
console.log(b.readBigInt64LE(0), b.readBigUInt64LE(0), b.readBigUInt64BE(8), b.readBigInt64BE(8));
console.log(b.writeBigInt64BE(9007199254740993n), b.readBigInt64BE(), Number(b.readBigInt64BE()));
console.log(b.readBigUint64LE === b.readBigUInt64LE);
for (const f of [() => b.writeBigInt64LE(2n ** 63n), () => b.writeBigUInt64LE(-1n), () => b.readBigInt64LE(9)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
