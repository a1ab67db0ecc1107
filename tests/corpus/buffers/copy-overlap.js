// buf.copy(target, targetStart, sourceStart, sourceEnd), including overlapping copies.
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
console.log(src.copy(dst), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 2, 7), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 4, 0, 100), dst.toString());
console.log(src.copy(dst, 10), src.copy(dst, 0, 5, 5));
const same = Buffer.from('abcdefgh');
same.copy(same, 2, 0, 5);
console.log(same.toString());
const same2 = Buffer.from('abcdefgh');
same2.copy(same2, 0, 3);
console.log(same2.toString());
try {
  src.copy(dst, -1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  src.copy(dst, 0, -1);
} catch (e) {
  console.log(e.code, e.message);
}
const u8 = new Uint8Array(3);
Buffer.from('xyz').copy(u8);
console.log(u8);
