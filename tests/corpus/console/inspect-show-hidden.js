// showHidden lists non-enumerable properties such as an array's length.
const util = require('util');
console.log(util.inspect([1, 2], { showHidden: true }));
const obj = { visible: 1 };
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
console.log(util.inspect(obj, { showHidden: true }));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.format('%o', [1, [2]]));
console.log(util.format('%o', { a: 1, nested: { list: ['x'] } }));
