// Symbol keys, quoted keys, numeric key order and non-enumerable properties.
const s = Symbol('tag');
console.log({ [s]: 1, normal: 2, [Symbol()]: 3, [Symbol.for('reg')]: 4 });
console.log({ b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'negative' });
console.log(JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'));
const hidden = { visible: true };
Object.defineProperty(hidden, 'secret', { value: 'no', enumerable: false });
console.log(hidden, Object.keys(hidden));
console.log({ 'a\nb': 1, '': 2, 'ünïcode': 3 });
const arr = ['x', 'y'];
arr.label = 'letters';
arr[Symbol('meta')] = true;
console.log(arr);
