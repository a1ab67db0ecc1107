// The legacy url.parse, as old tutorials use it.
const url = require('url');
console.log(url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/status?name=ryan&x=1&x=2', true).query);
const { pathname, query } = url.parse('/search?q=hello+world&lang=en', true);
console.log(pathname, query.q, query.lang, JSON.stringify(query));
console.log(url.parse('/plain/path'));
console.log(url.parse('https://example.com'));
console.log(url.parse('//cdn.example.com/lib.js', false, true).host);
console.log(url.parse('/x?a=1').query, url.parse('/x?a=1', true).search);
