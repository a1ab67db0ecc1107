// querystring edge cases: repeated keys, bad escapes, maxKeys, custom separators and encoders.
const qs = require('querystring');
const ins = ['a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=b', '&&a=1&&', 'a=%zz', 'a=%E2%9C%93', 'a+b=c+d', 'a=1;b=2', '__proto__=1&constructor=2', 'hasOwnProperty=x', 'a=b=c', '%', 'a=%F0%9F', 'x[y]=1&x[z]=2'];
for (const s of ins) console.log(JSON.stringify(s), qs.parse(s), qs.decode(s, ';'));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse(''), qs.parse(undefined), qs.parse(5));
const objs = [{ a: 1 }, { a: [1, 2] }, { a: null, b: undefined, c: NaN, d: Infinity, e: 1n, f: false }, { 'a b': 'c d' }, { é: 'ü' }, {}, { a: [] }, { a: { b: 1 } }, { x: '~!*()\'' }];
for (const o of objs) console.log(qs.stringify(o), qs.encode(o, ';', ':'));
console.log(qs.stringify('str'), qs.stringify(null), qs.stringify(5));
console.log(qs.escape('é ~*'), qs.escape(5), qs.unescape('%E9%20+'), qs.unescapeBuffer('a%20b+c', true));
try { qs.escape('\uD800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
