const util = require('util');
const old = util.deprecate(function old(x) { return x * 2; }, 'old() is deprecated. Use newer() instead.', 'DEP_X');
console.log(old(2));
console.log(old(3));
const other = util.deprecate(() => 'o', 'other is gone');
console.log(other(), other());
console.log(old.name, typeof old);
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
setTimeout(() => console.log('done'), 0);
