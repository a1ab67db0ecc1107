// Blob: type normalisation, sources of every kind, slice, argument errors, inspect.
const { inspect } = require('util');
const b = new Blob(['x'], { type: 'Text/HTML' });
console.log(b.type, JSON.stringify(new Blob([], { type: 'a\u00e9' }).type), new Blob().size);
console.log([b], Object.keys(b), JSON.stringify(b), String(b));
try {
  new Blob('abc');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  new Blob([], { endings: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(new Blob([new Uint16Array([1, 2]), new ArrayBuffer(3), b, 5, {}]).size);
const s = b.slice(0, 1, 'X/Y');
console.log(s.type, s.size, s instanceof Blob);
console.log(inspect(b, { depth: -1 }), inspect({ a: { b: { c: b } } }));
const src = new Uint8Array([1, 2, 3]);
const copy = new Blob([src]);
src[0] = 99;
copy.arrayBuffer().then((ab) => console.log('blob copied its source:', new Uint8Array(ab)));
new Blob(['😀']).slice(0, 2).text().then((t) => console.log('half an emoji:', JSON.stringify(t)));
