// subarray() and slice() are views on the same memory; Uint8Array.prototype.slice copies.
const buf = Buffer.from('hello');
const view = buf.subarray(1, 4);
const sliced = buf.slice(1, 4);
const copy = Uint8Array.prototype.slice.call(buf, 1, 4);
view[0] = 0x45;
console.log(buf.toString(), view.toString(), sliced.toString(), Buffer.from(copy).toString());
console.log(view.buffer === buf.buffer, Buffer.isBuffer(view), Buffer.isBuffer(copy));
console.log(buf.slice(-3).toString(), buf.slice(2, -1).toString(), buf.slice(4, 2).length);
const owned = Buffer.from(buf);
owned[0] = 0x4a;
console.log(buf.toString(), owned.toString());
