// Buffers are iterable: for...of, entries, keys, values, spread, Array.from.
const b = Buffer.from('hi!');
for (const byte of b) console.log(byte);
for (const [i, v] of b.entries()) console.log(i, v, String.fromCharCode(v));
console.log([...b.keys()], [...b.values()], Array.from(b), [...b]);
console.log(b.map((x) => x + 1).toString(), b.map((x) => x + 1) instanceof Buffer);
console.log(b.filter((x) => x !== 105));
console.log(b.reduce((a, x) => a + x, 0), Array.prototype.join.call(b, '-'));
const it = b[Symbol.iterator]();
console.log(it.next(), Object.prototype.toString.call(it));
console.log(b.every((x) => x > 30), b.some((x) => x === 33), b.findIndex((x) => x === 105));
console.log(b.at(-1), b.reverse().toString(), b.sort().toString());
