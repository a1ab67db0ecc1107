// url.format and url.resolve.
const url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'http:', host: 'a.com:81', pathname: 'x', search: 'q=1', hash: 'h' }));
console.log(url.format(url.parse('http://u:p@a.com/x?y#z')));
console.log(url.format(new URL('https://u:p@a.com/x?y=1#z'), { auth: false, search: false, fragment: false }));
console.log(url.format('http://A.com/b'));
console.log(url.resolve('/one/two/three', 'four'));
console.log(url.resolve('http://example.com/', '/one'));
console.log(url.resolve('http://example.com/one', '/two'));
console.log(url.resolve('http://example.com/a/b/', '../c?d=1'));
console.log(url.resolve('http://example.com/a', 'https://other.org/'));
