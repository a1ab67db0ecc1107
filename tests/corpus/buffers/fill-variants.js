// fill with numbers, strings, encodings, buffers and ranges.
const b = Buffer.alloc(8);
console.log(b.fill(1));
console.log(b.fill('ab'));
console.log(b.fill('a', 2, 4));
console.log(b.fill(0x1ff));
console.log(b.fill('e28aac', 'hex'));
console.log(b.fill(Buffer.from([7, 8, 9]), 1));
console.log(b.fill('€'));
console.log(b.fill(0).fill('x', 6).toString('latin1'));
console.log(b.fill(''), b.fill(-1));
try {
  b.fill('zz', 'hex');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  b.fill(1, -1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  b.fill(1, 0, 9);
} catch (e) {
  console.log(e.code, e.message);
}
