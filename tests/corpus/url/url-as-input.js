// URL objects as inputs and bases; copies are independent.
const a = new URL('http://a.com/x/y?z=1');
const b = new URL(a);
b.pathname = '/changed';
console.log(a.href, b.href);
console.log(new URL('../up', a).href, new URL('?only=query', a).href, new URL('#frag', a).href, new URL('', a).href);
console.log(new URL({ toString() { return 'https://obj.to/string'; } }).href);
try { new URL({}); } catch (e) { console.log(e.code, e.input); }
try { new URL('x', 'y'); } catch (e) { console.log(e.code, e.input, e.base); }
console.log(new URL(' \t http://trim.me/ \n ').href);
