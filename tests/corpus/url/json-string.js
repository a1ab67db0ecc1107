// URL objects stringify to their href.
const u = new URL('http://example.com/a?b=c#d');
console.log(String(u), `${u}`, u + '', u.toString(), u.toJSON());
console.log(JSON.stringify(u), JSON.stringify({ link: u, list: [u] }));
console.log(Object.keys(u), Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
console.log(u instanceof URL, typeof URL, URL.name, URLSearchParams.name, URL.length);
console.log(require('url').URL === URL, require('url').URLSearchParams === URLSearchParams);
console.log(String(u.searchParams), JSON.stringify(u.searchParams));
