// console.log shows two levels of nesting; deeper objects become [Object] / [Array].
const deep = { level1: { level2: { level3: { level4: 'deep' } } } };
console.log(deep);
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: [{ b: { c: [1, 2, 3] } }] });
console.log({ list: [[1, 2], [3, [4, [5]]]], map: new Map([['k', { v: { w: 1 } }]]) });
console.log([{ id: 1, tags: ['a', 'b'], meta: { created: { by: 'x' } } }]);
