// buf.copy(target, targetStart, sourceStart, sourceEnd) returns the number of bytes copied.
const src = Buffer.from('abcdef');
const dst = Buffer.alloc(8, '.');
console.log(src.copy(dst, 2), dst.toString());
console.log(src.copy(dst, 0, 4), dst.toString());
console.log(src.copy(dst, 6, 0, 5), dst.toString());
const overlap = Buffer.from('123456');
overlap.copy(overlap, 2, 0, 4);
console.log(overlap.toString());
try {
  src.copy(dst, -1);
} catch (err) {
  console.log(err.code, err.message);
}
