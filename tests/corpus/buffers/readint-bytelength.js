// readIntLE/readUIntBE with 1..6 byte widths, and their write counterparts.
const b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntLE(0, n).toString(16), b.readUIntBE(0, n).toString(16), b.readIntLE(0, n), b.readIntBE(0, n));
}
const w = Buffer.alloc(6);
console.log(w.writeIntLE(-123456, 0, 3), w);
console.log(w.writeUIntBE(0xabcdef, 3, 3), w);
console.log(w.readIntLE(0, 3), w.readUIntBE(3, 3));
for (const [fn, args] of [['readIntLE', [0, 7]], ['readUIntBE', [1, 6]], ['readIntBE', [0, 0]], ['writeIntLE', [1 << 24, 0, 3]]]) {
  try {
    b[fn](...args);
  } catch (e) {
    console.log(fn, e.name, e.code, e.message);
  }
}
