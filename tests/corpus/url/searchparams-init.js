// The three ways to build URLSearchParams.
console.log(new URLSearchParams('?x=1&y=2').toString());
console.log(new URLSearchParams({ a: 1, b: 'two', c: true, d: null, e: undefined }).toString());
console.log(new URLSearchParams([['a', '1'], ['a', '2'], ['b', 3]]).toString());
console.log(new URLSearchParams(new Map([['k', 'v'], ['k2', 'v2']])).toString());
const src = new URLSearchParams('q=1');
const copy = new URLSearchParams(src);
copy.append('r', '2');
console.log(src.toString(), copy.toString());
console.log(new URLSearchParams().toString() === '', new URLSearchParams('').size);
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.name, e.code, e.message); }
try { new URLSearchParams([1]); } catch (e) { console.log(e.name, e.code, e.message); }
