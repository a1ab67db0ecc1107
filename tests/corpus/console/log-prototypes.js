const util = require('util');
console.log({ [Symbol.toStringTag]: 'Tagged', a: 1 });
class Foo { constructor() { this.x = 1; } }
const g = Object.create(Foo.prototype); console.log(g);
const h = Object.create(Object.create(null)); h.a = 1; console.log(h);
console.log(Object.create(Array.prototype));
function Legacy() {} Legacy.prototype.greet = function () {}; console.log(new Legacy());
const anonCtor = new (function () { this.v = 1; })(); console.log(anonCtor);
class Bar { static [Symbol.hasInstance]() { return true; } } console.log(new Bar());
const weird = { constructor: 'not a function', a: 1 }; console.log(weird);
class Baz { constructor() { this.constructor = 'shadow'; } } console.log(new Baz());
console.log(Object.create(Foo.prototype, { y: { value: 2, enumerable: true } }));
const inst = new Foo(); Object.defineProperty(inst, Symbol.toStringTag, { value: 'T' }); console.log(inst);
class Q extends Foo { get [Symbol.toStringTag]() { return 'Q'; } } console.log(new Q());
console.log(Math, JSON, Reflect, globalThis === global, Atomics);

console.log([Object.prototype, Array.prototype, Function.prototype]);
console.log(Foo.prototype, Object.getPrototypeOf(new Q()));
console.log(arguments.length, (function () { return arguments; })(1, 'a'));
console.log(new WeakRef({}));
console.log(Object.freeze({ a: 1 }), Object.seal([1]));
console.log(util.inspect(new Error('e'), { compact: true }).split('\n')[0]);
console.log(util.inspect(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'X' })));
