// Inspecting URL objects nested, in collections, subclassed, at depth limits and past the line width.
const util = require('util');
console.log({ a: { b: { c: new URLSearchParams('x=1') } } });
console.log({ a: { b: new URLSearchParams('x=1') } });
console.log(new Map([['k', new URL('http://m.ap/')]]));
class P extends URLSearchParams {}
console.log(new P('a=1'), new P('a=1').toString());
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }), util.inspect(new URL('http://a'), { depth: -1 }));
console.log(util.inspect({ u: new URL('http://a') }, { depth: 0 }));
console.log([new URLSearchParams('a=1&b=2').keys()]);
console.log(util.inspect(new URLSearchParams('s=' + 'x'.repeat(100))));
console.log(util.inspect(new URL('http://very-long-host-name-for-testing.example.com/path/to/some/resource?with=query&and=more#fragment'), { breakLength: 40 }));
const e = new URLSearchParams('a=1').entries(); for (const x of e) {} console.log(e);
console.log(new URLSearchParams({ 'quote\'s': 'new\nline' }));
