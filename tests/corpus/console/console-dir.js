// console.dir inspects its argument with optional util.inspect options.
const deep = { a: { b: { c: { d: { e: 'deep' } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir('strings are inspected, so quoted');
console.dir([1, 2, 3], { colors: false });
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }, real: true };
console.dir(custom);
console.log(custom);
