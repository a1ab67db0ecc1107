const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; }, set c(v) {},
  d: 4,
};
console.log(o);
const util = require('util');
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect({ get x() { return { y: 1 }; } }, { getters: true }));
console.log(util.inspect({ get x() { throw new Error('bad'); } }, { getters: true }));
console.log(util.inspect({ get x() { return 1; }, set x(v) {} }, { getters: 'get' }));
console.log(util.inspect({ get x() { return 1; }, set x(v) {} }, { getters: 'set' }));
class P { constructor() { this._n = 'p'; } get name() { return this._n; } }
console.log(new P(), Object.getOwnPropertyNames(P.prototype));
const withDef = {}; Object.defineProperty(withDef, 'hidden', { value: 1 }); Object.defineProperty(withDef, 'shown', { value: 2, enumerable: true });
console.log(withDef, util.inspect(withDef, { showHidden: true }));
const ga = [1]; Object.defineProperty(ga, 'g', { get() { return 1; }, enumerable: true }); console.log(ga);
