function named() {}
const anon = function () {};
const arrow = () => {};
async function af() {}
function* gen() {}
async function* agen() {}
class K {}
const bound = named.bind(null);
console.log(named, anon, arrow, af, gen, agen, K, bound);
console.log([named, arrow], { f: af, g: gen });
named.prop = 1; console.log(named);
const withMany = function f2() {}; withMany.a = 1; withMany.b = { c: 2 }; console.log(withMany);
console.log((() => {}).bind(null));
console.log({ method() {}, async am() {}, *gm() {}, get g() { return 1; }, ['comp' + 'uted']() {} });
console.log(Math.max, Array.prototype.push, Function.prototype);
const noName = (() => function () {})(); console.log(noName);
console.log(Object.assign(() => {}, { x: 1 }));
const f3 = function () {}; Object.defineProperty(f3, 'name', { value: '' }); console.log(f3);
class Derived extends K {} console.log(Derived, [Derived]);
class Base2 extends null {} console.log(Base2);
const fnNullProto = function np() {}; Object.setPrototypeOf(fnNullProto, null); console.log(fnNullProto);
console.log(String(arrow), `${named}`);
console.log(Symbol, Promise, Map, Error, Proxy);
