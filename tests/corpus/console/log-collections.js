console.log(new Map());
console.log(new Set());
console.log(new Map([[{ a: 1 }, [1, 2]], ['k', new Set([1])]]));
console.log(new Set([{ x: 1 }, [2, 3], 'str', 4n]));
console.log(new WeakMap(), new WeakSet());
const wm = new WeakMap(); wm.set({}, 1); console.log(wm);
console.log({ m: new Map([[1, { a: { b: { c: 1 } } }]]) });
const big = new Map(); for (let i = 0; i < 120; i++) big.set(i, i); console.log(big);
const bs = new Set(); for (let i = 0; i < 105; i++) bs.add(i); console.log(bs);
const m2 = new Map([['a', 1]]); m2.extra = 'p'; console.log(m2);
console.log(new Map([['a long key here', 'a long value here'], ['another long key', 'another long value'], ['third', 3]]));
console.log(new Map([[NaN, -0], [undefined, null]]));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
class MySet extends Set { constructor() { super([1]); this.tag = 't'; } }
console.log(new MySet());
class MyArr extends Array {}
console.log(MyArr.from([1, 2]));
console.log(new MyArr());
const util = require('util');
console.log(util.inspect(new Map([[1, 2], [3, 4]]), { showHidden: true }));
console.log(util.inspect(new Set([1,2,3]), { maxArrayLength: 1 }));
console.log(util.inspect(new Map([[1,2],[3,4]]), { maxArrayLength: 0 }));
