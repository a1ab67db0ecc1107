// Circular references are marked with <ref *N> and [Circular *N].
const a = { name: 'a' };
a.self = a;
console.log(a);
const parent = { name: 'parent', children: [] };
parent.children.push({ name: 'child', parent });
console.log(parent);
const x = { y: {} };
x.y.back = x.y;
x.y.root = x;
console.log(x);
const arr = [1, 2];
arr.push(arr);
console.log(arr);
const m = new Map();
m.set('self', m);
console.log(m);
const shared = { shared: true };
console.log({ first: shared, second: shared });
