const util=require('util');
console.log(util.format('%s', new Date(0)));
class A { [Symbol.toPrimitive]() { return 'clsprim'; } }
console.log(util.format('%s', new A()));
const o = Object.create({ [Symbol.toPrimitive]() { return 'protoprim'; } }); o.a = 1;
console.log(util.format('%s', o));
console.log(util.format('%s', Object(Symbol('s'))));
console.log(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }));
console.log(util.format('%s', Object.create(null)), util.format('%s', new Number(3)), util.format('%s', new String('s')));
console.log(util.format('%s', [1, 2]), util.format('%s', new Map()), util.format('%s', /r/), util.format('%s', new Error('e')).split('\n')[0]);
class B { toString() { return 'B!'; } } class C extends B {} console.log(util.format('%s', new C()));
