// Odds and ends: trailing dots, empty query/fragment, sort order, enumeration.
const u = new URL('http://a.b.');
console.log(u.hostname, u.href);
console.log(JSON.stringify([new URL('http://h/?').search, new URL('http://h/?').href, new URL('http://h/#').hash, new URL('http://h/#').href]));
const q = new URLSearchParams([['z', '1'], ['\u00e9', '2'], ['a', '3'], ['\u{1F600}', '4'], ['\uFFFD', '5'], ['a', '0']]);
q.sort();
console.log([...q]);
const keys = [];
for (const k in new URL('http://x/')) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(URLSearchParams.prototype));
console.log(new URL('http://x/?%zz=%C3%A9').searchParams.toString());
console.log(require('url').format(new URL('http://xn--mnchen-3ya.de/'), { unicode: true }));
const it = new URLSearchParams('b=2')[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
