// The shape of the url module and the global constructors.
const url = require('url');
console.log(Object.keys(url));
console.log(Object.getOwnPropertyNames(URL.prototype));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype));
console.log(Object.keys(URL), typeof URL.createObjectURL);
console.log(url.URL === globalThis.URL, typeof url.Url, url.parse('http://x') instanceof url.Url);
console.log(Object.keys(new URL('http://a')), Object.keys(new URLSearchParams('a=1')));
