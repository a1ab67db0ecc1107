// buf.compare with ranges, Buffer.compare and equals with Uint8Array.
const a = Buffer.from([1, 2, 3, 4]);
const b = Buffer.from([3, 4, 5]);
console.log(a.compare(b), b.compare(a), a.compare(a));
console.log(a.compare(b, 0, 2, 2, 4));
console.log(a.compare(b, 0, 1, 2, 3), a.compare(b, 1, 2, 2, 3));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('ab')));
console.log(a.equals(new Uint8Array([1, 2, 3, 4])), a.equals(b));
console.log([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String));
try {
  a.equals('1234');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  a.compare(b, 0, 10);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  Buffer.compare(a, [1]);
} catch (e) {
  console.log(e.code, e.message);
}
