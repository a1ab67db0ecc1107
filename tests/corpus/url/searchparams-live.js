// URLSearchParams mutated while iterated, and its live link to the URL's search.
const url = require('url');
const u = new URL('https://a.com/p?x=1');
console.log(url.urlToHttpOptions(u).path, u.searchParams.has('x'));
const sp = new URLSearchParams('a=1&b=2&c=3');
for (const [k] of sp) { if (k === 'a') sp.delete('a'); console.log('iter', k); }
console.log(sp.toString());
const sp2 = new URLSearchParams('a=1'); let count = 0;
sp2.forEach((v, k) => { if (count++ < 3) sp2.append('n' + count, 'x'); });
console.log(sp2.toString(), count);
console.log(new URLSearchParams('a=b&c=d').toString() == new URLSearchParams({ a: 'b', c: 'd' }));
console.log(decodeURIComponent(new URL('http://h/é').pathname), new URL('http://h/%C3%A9').pathname);
const v = new URL('http://h/'); v.searchParams.append('x', '1'); v.hash = 'y'; console.log(v.href);
v.search = ''; console.log(v.href, v.searchParams.size);
console.log(new URL('http://h/?a=1#b').searchParams.toString(), [...new URL('http://h/?a=%26&b=%3D').searchParams]);
