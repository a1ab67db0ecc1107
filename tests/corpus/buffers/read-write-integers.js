// Integers in little and big endian.
const buf = Buffer.alloc(13);
let offset = 0;
offset = buf.writeUInt8(0xff, offset);
offset = buf.writeInt8(-2, offset);
offset = buf.writeUInt16LE(0x1234, offset);
offset = buf.writeUInt16BE(0x1234, offset);
offset = buf.writeInt32LE(-123456, offset);
offset = buf.writeUIntBE(0xabcdef, offset, 3);
console.log(buf, offset);
console.log(buf.readUInt8(0), buf.readInt8(1), buf.readUInt16LE(2).toString(16), buf.readUInt16BE(4).toString(16));
console.log(buf.readInt32LE(6), buf.readUIntBE(10, 2).toString(16), buf.readUIntLE(10, 3).toString(16), buf.readIntBE(6, 6));
console.log(buf.readUint16LE(2) === buf.readUInt16LE(2));
const big = Buffer.alloc(6);
big.writeIntLE(-(2 ** 40), 0, 6);
console.log(big, big.readIntLE(0, 6), big.readUIntLE(0, 6));
