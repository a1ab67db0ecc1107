// util.inspect options: depth, compact, breakLength, sorted, maxArrayLength, maxStringLength.
const util = require('util');
const value = { b: [1, 2, 3], a: { nested: { deeper: { deepest: 'x' } } }, c: 'text' };
console.log(util.inspect(value, { depth: 0 }));
console.log(util.inspect(value, { depth: null }));
console.log(util.inspect(value, { depth: Infinity }));
console.log(util.inspect(value, { compact: false }));
console.log(util.inspect(value, { compact: true }));
console.log(util.inspect(value, { breakLength: 20 }));
console.log(util.inspect(value, { breakLength: Infinity, depth: null }));
console.log(util.inspect(value, { sorted: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('a'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect({ big: 1234567.891, n: 123456789n }, { numericSeparator: true }));
console.log(util.inspect(value, false, 0));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
