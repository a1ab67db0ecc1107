// Arguments objects, generator objects, null-prototype containers and Object.create chains.
function args() {
  return arguments;
}
console.log(args(1, 'two'), args());
function* counter() {
  yield 1;
}
console.log(counter());
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log(child, child.inherited);
const arr = [1, 2, 3];
Object.setPrototypeOf(arr, null);
console.log(arr);
const m = new Map([[1, 2]]);
Object.setPrototypeOf(m, null);
console.log(m);
console.log(Object.create(Array.prototype));
console.log([[], {}, [[]], [{}], { a: [] }]);
console.log([Object.create(null), new (class Foo {})(), new (class extends Array {})()]);
