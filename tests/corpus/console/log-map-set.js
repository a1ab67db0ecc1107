// Map and Set print their size and entries.
console.log(new Map(), new Set());
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Set([1, 'two', { three: 3 }]));
console.log(new Map([[{ key: 'obj' }, ['value', 'list']], [1, new Set([1, 2])]]));
console.log(new Map(Array.from({ length: 5 }, (_, i) => [`key${i}`, { index: i }])));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new WeakMap(), new WeakSet());
console.log({ lookup: new Map([['x', new Map([['y', new Map([['z', 1]])]])]]) });
class Registry extends Map {}
console.log(new Registry([['r', 1]]));
