// Floats lose precision, doubles do not; special values round-trip.
const b = Buffer.alloc(8);
b.writeFloatLE(0.1);
console.log(b.subarray(0, 4), b.readFloatLE(0), b.readFloatLE(0) === 0.1);
b.writeDoubleBE(0.1);
console.log(b, b.readDoubleBE(0) === 0.1);
for (const v of [NaN, Infinity, -Infinity, -0, 1e40, 3.4028234663852886e38, 5e-324]) {
  b.writeFloatBE(v);
  const f = b.readFloatBE(0);
  b.writeDoubleLE(v);
  console.log(v, f, Object.is(f, -0), b.readDoubleLE(0));
}
console.log(Buffer.from([0, 0, 0x80, 0x3f]).readFloatLE(0), Buffer.from([0x40, 0x49, 0x0f, 0xdb]).readFloatBE());
