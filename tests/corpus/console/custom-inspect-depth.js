const c = { [Symbol.for('nodejs.util.inspect.custom')](d, o) { return 'D' + d + ' O' + o.depth; } };
console.log({ a: { b: { c } } });
console.log({ a: { c } });
console.log(c, [c]);
console.log(require('util').inspect({ x: c }, { depth: 0 }));
console.log(require('util').inspect({ x: { y: c } }, { depth: null }));
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } }, { a: { b: { c: new Map() } } });
class E {} console.log({ a: { b: { c: new E() } } });
