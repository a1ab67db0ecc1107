// Iterating URLSearchParams: for...of, entries, keys, values, spreading.
const p = new URLSearchParams('a=1&b=2&c=3');
for (const [k, v] of p) console.log(k, v);
console.log([...p.keys()], [...p.values()], [...p.entries()]);
console.log(Object.fromEntries(p), Array.from(p));
const it = p.keys();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(typeof p[Symbol.iterator], p[Symbol.iterator] === p.entries);
