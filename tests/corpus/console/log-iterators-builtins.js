function* g() { yield 1; }
async function* ag() {}
console.log(g(), ag(), [g()], { it: g() });
console.log((function () { return arguments; })());
console.log(Object.getPrototypeOf(g), g.prototype);
console.log([1, 2].entries(), 'ab'[Symbol.iterator](), [].keys());
console.log(new Map([[1, 2]]).entries().next(), g().next());
console.log(Symbol.asyncIterator in ag());
console.log(globalThis.toString(), String(globalThis));
const re = /(?<year>\d{4})-(?<m>\d{2})/.exec('2024-05');
console.log(re);
console.log('a-b-c'.split('-'), 'abc'.match(/b/), 'xyz'.match(/q/));
console.log([...'héllo'].map((c) => c.charCodeAt(0)));
console.log(Object.entries({ a: [1, 2], b: { c: 3 } }));
console.log(new Array(3).fill().map((_, i) => i), Array.of(7), Array.from('ab'));
console.log([3, 1, 2].sort(), [10, 9, 1].sort(), ['b', 'a'].reverse());
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2));
console.log(JSON.stringify([new Date(0), /x/, new Map(), undefined, () => {}, NaN]));
