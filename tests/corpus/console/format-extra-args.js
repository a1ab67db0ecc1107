// Arguments beyond the placeholders are appended, separated by spaces: strings as-is, others inspected.
const util = require('util');
console.log(util.format('a', 'b', 'c'));
console.log(util.format('%s', 'used', 'extra', 42, { k: 'v' }, ['arr']));
console.log(util.format(1, 2, '%s', 'x'));
console.log(util.format({ first: 'object' }, 'then string'));
console.log(util.format());
console.log(util.format('just a string'));
console.log(util.format(null, undefined, true));
console.log(util.format('%%', 'extra'), util.format('%%'));
console.log('trailing %', 'arg');
console.log('multi\nline', 'values', '\n');
