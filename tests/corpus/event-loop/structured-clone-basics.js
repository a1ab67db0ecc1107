// structuredClone: deep copies of plain data, Maps, Sets, Dates, cycles; errors for functions.
const src = { n: 1, nested: { list: [1, 2, { x: 3 }] }, when: new Date(0), map: new Map([['k', new Set([1])]]) };
src.self = src;
const copy = structuredClone(src);
console.log(copy !== src, copy.nested !== src.nested, copy.self === copy);
console.log(copy.when instanceof Date, copy.when.getTime(), copy.map.get('k').has(1));
try {
  structuredClone({ f() {} });
} catch (err) {
  console.log(err.name, err.message);
}
class Point { constructor() { this.x = 1; } }
const p = structuredClone(new Point());
console.log(p.constructor === Object, p.x);
const err = structuredClone(new RangeError('cloned error'));
console.log(err instanceof RangeError, err.message);
