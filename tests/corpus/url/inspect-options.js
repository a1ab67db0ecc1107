// util.inspect of URL-related objects with options, and subclasses.
const util = require('util');
class MyURL extends URL { get extra() { return 1; } }
const m = new MyURL('http://sub.class/x');
console.log(m, m instanceof URL, m.href);
console.log(util.inspect(new URL('http://a.b/c?d=e'), { depth: 0 }));
console.log(util.inspect(new URLSearchParams('a=1&b=2'), { depth: 0 }), util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('a=1&b=' + 'x'.repeat(60)), { breakLength: Infinity }));
console.log(util.format('%s | %o', new URL('http://f.g/'), new URLSearchParams('z=1')));
console.log(`${new URLSearchParams({ q: 'a&b' })}`, [new URL('http://x.y')].join(','));
const sp = new URLSearchParams('a=1&b=2');
const it = sp.entries(); it.next();
console.log(it, sp.values());
console.log(util.inspect(new URL('http://a.b/'), { compact: true, breakLength: 200 }));
