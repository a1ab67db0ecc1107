// IEEE 754 floats and doubles.
const buf = Buffer.alloc(12);
buf.writeFloatLE(1.5, 0);
buf.writeDoubleBE(Math.PI, 4);
console.log(buf);
console.log(buf.readFloatLE(0), buf.readDoubleBE(4), buf.readFloatBE(0));
buf.writeFloatBE(0.1, 0);
console.log(buf.readFloatBE(0), buf.subarray(0, 4));
buf.writeDoubleLE(-0, 4);
console.log(Object.is(buf.readDoubleLE(4), -0), buf.subarray(4));
console.log(Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE(0), Buffer.from([0, 0, 0x80, 0x7f]).readFloatLE(0));
