// Byte-wise comparison.
const a = Buffer.from('apple');
const b = Buffer.from('apricot');
const c = Buffer.from('app');
console.log(a.compare(b), b.compare(a), a.compare(c), a.compare(Buffer.from('apple')));
console.log(Buffer.compare(a, b), a.equals(Buffer.from('apple')), a.equals(c));
console.log(a.compare(b, 0, 2, 0, 2), a.compare(b, 2, 3, 2, 3));
const list = [b, Buffer.from('Banana'), a, c, Buffer.from('')];
console.log(list.sort(Buffer.compare).map((x) => x.toString()));
