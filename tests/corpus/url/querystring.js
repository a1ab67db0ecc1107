// The querystring module, which url.parse(..., true) uses.
const qs = require('querystring');
console.log(qs.parse('foo=bar&abc=xyz&abc=123&e=&f'));
console.log(qs.parse('w=%D6%D0%CE%C4&foo=bar', null, null, { decodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.parse('a:1;b:2', ';', ':'));
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
console.log(qs.stringify({ n: 5, b: true, o: {}, u: undefined, s: 'a b&c' }));
console.log(qs.stringify({ w: '中文', foo: 'bar' }, ';', ':'));
console.log(qs.escape('a b/c?'), qs.unescape('a%20b%2Fc%3F'), qs.unescape('%E0%A4%A'));
