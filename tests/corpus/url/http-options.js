// url.urlToHttpOptions, used when passing URLs to http.request.
const { urlToHttpOptions } = require('url');
console.log(urlToHttpOptions(new URL('https://a:b@example.com:8080/p?q=1#h')));
console.log(urlToHttpOptions(new URL('http://[::1]/x')));
