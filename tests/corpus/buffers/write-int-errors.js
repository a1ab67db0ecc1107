// Out-of-range writes and reads: exact messages and codes.
const b = Buffer.alloc(4);
const attempts = [
  () => b.writeUInt8(256),
  () => b.writeInt8(-129),
  () => b.writeUInt16LE(-1),
  () => b.writeInt32BE(2 ** 31),
  () => b.writeUInt32LE(2 ** 32),
  () => b.writeUInt8(1, 4),
  () => b.readUInt16BE(3),
  () => b.readInt32LE(1),
  () => b.readUInt8(-1),
  () => b.readUInt8(1.5),
  () => b.readUInt8('0'),
  () => b.writeUInt16LE(1, 3),
  () => Buffer.alloc(0).readUInt8(),
  () => b.writeDoubleLE(1),
  () => b.writeBigInt64LE(1n),
];
for (const f of attempts) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(b.writeUInt8(255.9), b.writeInt16LE(1.5, 2), b);
