// new Buffer() still works but is deprecated; Buffer(n) without new as well.
const a = new Buffer('abc');
const b = Buffer(3);
console.log(a, b, a instanceof Buffer);
const c = new Buffer([1, 2, 3]);
console.log(c);
