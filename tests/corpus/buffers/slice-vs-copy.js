// slice/subarray share memory; Buffer.from(buf) and Uint8Array.prototype.slice copy.
const buf = Buffer.from('abcdef');
const s = buf.slice(1, 3);
const sub = buf.subarray(3);
const copied = Buffer.from(buf.subarray(0, 2));
const tslice = Uint8Array.prototype.slice.call(buf, 0, 2);
buf[1] = 0x42;
buf[4] = 0x45;
buf[0] = 0x41;
console.log(s.toString(), sub.toString(), copied.toString(), Buffer.from(tslice).toString());
console.log(buf.slice(-2).toString(), buf.subarray(-4, -2).toString(), buf.slice(4, 1).length);
console.log(s.buffer === buf.buffer, s.byteOffset - buf.byteOffset);
const nested = buf.subarray(1).subarray(1);
nested[0] = 0x21;
console.log(buf.toString());
console.log(s instanceof Buffer, tslice instanceof Buffer, tslice.constructor.name);
