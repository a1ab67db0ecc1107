// util.isDeepStrictEqual compares structure, types and prototypes.
const { isDeepStrictEqual: eq } = require('util');
console.log(eq({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }));
console.log(eq({ a: 1 }, { a: '1' }), eq(NaN, NaN), eq(0, -0));
console.log(eq([1, 2, 3], [1, 2, 3]), eq([1, 2], [2, 1]));
console.log(eq(new Map([[1, 'a']]), new Map([[1, 'a']])), eq(new Set([1, 2]), new Set([2, 1])));
console.log(eq(new Set([{ x: 1 }]), new Set([{ x: 1 }])), eq(new Set([{ x: 1 }]), new Set([{ x: 2 }])));
console.log(eq(new Date(0), new Date(0)), eq(/a/g, /a/i));
class A {
  constructor() {
    this.v = 1;
  }
}
console.log(eq(new A(), { v: 1 }), eq(new A(), new A()));
console.log(eq(Object.create(null), {}), eq([1, , 3], [1, undefined, 3])); // eslint-disable-line no-sparse-arrays
console.log(eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])), eq(new Error('x'), new Error('x')));
const c1 = { n: 1 };
c1.self = c1;
const c2 = { n: 1 };
c2.self = c2;
console.log(eq(c1, c2));
