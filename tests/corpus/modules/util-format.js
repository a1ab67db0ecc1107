// util.format / console.log formatting basics.
const util = require('util');
console.log(util.format('%s:%d:%i:%f', 'a', '12', 3.7, '1.5'));
console.log(util.format('%j %o', { a: [1] }, 'str'));
console.log(util.format('%% %s', 'x', 'extra', 1));
console.log(util.format(1, 'two', [3], { four: 4 }, null, undefined));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }), util.inspect('s'));
console.log([1, 'a', undefined, null, true], { x: 1, 'y-z': 2 }, new Map([[1, 2]]), new Set(['a']));
