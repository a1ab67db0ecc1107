// %s prints objects with util.inspect at depth 0 unless they have their own toString().
const util = require('util');
class WithToString {
  toString() {
    return 'custom string';
  }
}
class Plain {
  constructor() {
    this.inner = { deep: true };
  }
}
console.log(util.format('%s', { a: { b: 1 } }));
console.log(util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', new WithToString()));
console.log(util.format('%s', new Plain()));
console.log(util.format('%s', new Date(0)));
console.log(util.format('%s', -0), util.format('%s', 12n), util.format('%s', null));
console.log(util.format('%s', function fn() { return 1; }));
const err = new Error('message');
err.stack = undefined;
console.log(util.format('%s', err));
console.log(util.format('%s', new Map([[1, { a: 1 }]])));
console.log(util.format('%s', Object.create(null)));
