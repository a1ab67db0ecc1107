// url.searchParams and url.search stay in sync both ways.
const u = new URL('http://h.com/p?a=1');
const sp = u.searchParams;
sp.append('b', 'two words');
console.log(u.href, u.search);
u.search = '?x=9&y=8';
console.log(sp.get('x'), sp.get('a'), [...sp.keys()], sp === u.searchParams);
sp.delete('x'); sp.delete('y');
console.log(JSON.stringify(u.href), JSON.stringify(u.search));
u.searchParams.set('q', "it's");
console.log(u.href);
u.href = 'http://other.com/?k=v';
console.log(sp.get('k'), sp.toString());
