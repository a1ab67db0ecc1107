// What each component percent-encodes.
const u = new URL('http://h.com/a b/"q"<>`{}|^/~!$&\'()*+,;=:@?q=a b"<>\'`{}#f a"<>`{}');
console.log(u.pathname);
console.log(u.search);
console.log(u.hash);
console.log(new URL('foo://h/a b?c d\'#e f').href);
console.log(new URL('http://h/caf\u00e9/\u2603?\u00e9=\u00e9#\u00e9').href);
console.log(new URL('http://h/%7e/%41%zz').pathname);
const v = new URL('http://h/');
v.username = 'a b:c@d/e';
v.password = 'p@ss w:rd';
console.log(v.href, v.username, v.password);
console.log(new URL('http://h/\t\na\r/b  ').href, new URL('  http://h/x  ').href);
