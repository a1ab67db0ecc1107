// Every setter against URLs of different kinds; then legacy parse, resolve and format tables.
const url = require('url');
const bases = ['http://user:pw@example.com:8080/a/b?q=1#f', 'file:///tmp/x', 'mailto:me@x.com', 'sc://h/p', 'https://h.com/', 'file://host/p', 'data:text/plain,hi', 'http://[::1]/'];
const setters = {
  protocol: ['https', 'HTTP:', 'ftp:junk', 'file', 'sc', 'mailto', 'ws', '1x', 'a+b-c.d', ''],
  username: ['', 'a b', 'x@y:z', 'ü'],
  password: ['', 'p w', 's:e@c'],
  host: ['other.com', 'Other.COM:99', 'h:80', '', 'h:', 'a b', '[::2]:1', 'x/y', 'x?y', 'x#y', 'h:65536', '1.2.3', 'ex\\ample'],
  hostname: ['other.com', 'h:99', '', 'ÜBER.de', '[::3]', '0x7f.1', 'a/b'],
  port: ['99', '80', '443', '', 'x1', '12x', '65536', '-1', '0', '008'],
  pathname: ['x', '/x/../y', 'a b/%zz', '', '\\a\\b', '//double', '?q#h', 'C|/x'],
  search: ['a=1', '?', '??x', '#x', 'a b\'<', ''],
  hash: ['x', '#', '##y', 'a b`<', ''],
  href: ['http://new.com', 'nope', '/rel'],
};
for (const b of bases) for (const [k, vals] of Object.entries(setters)) for (const v of vals) {
  const u = new URL(b);
  let r;
  try { u[k] = v; r = u.href; } catch (e) { r = 'ERR ' + e.code; }
  console.log(b, k, JSON.stringify(v), '=>', r, '|', u.host, u.pathname);
}
const legacy = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', '/p?x=1', '//h/p', 'HTTP://WWW.EX.com/A?B#C', 'mailto:a@b.com', 'javascript:alert(1)', 'file:///etc/passwd',
  'http://x.com', 'http://x.com?y=1', 'http://x.com#h', 'x.com/p', 'http://[::1]:3000/a', 'https://a.b/c d', "http://a.b/c'd<e>", 'http://a.b\\c\\d?e\\f', '?q=1', '#frag', '', 'ftp://u@h/f;type=a', 'http://ü.com/', 'http://a@b@c/', 'http://h:/p'];
for (const s of legacy) {
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s)), JSON.stringify(url.parse(s, true).query), url.parse(s, false, true).host);
}
const res = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b', '//c/d'], ['a/b/c', '../d'], ['a/b/c', '/d'], ['http://a/b', 'mailto:x@y'], ['http://a/b/', '.'], ['/a/b/', '..'], ['http://x.com/a?b', ''], ['', 'a']];
for (const [a, b] of res) console.log(a, b, '=>', url.resolve(a, b));
const fmt = [{ host: 'a.com' }, { hostname: 'a.com', port: 80, pathname: 'x' }, { protocol: 'mailto', pathname: 'a@b' }, { protocol: 'file', pathname: '/x' }, { query: { a: [1, 2], b: 'c d' } },
  { protocol: 'http', host: 'h', search: '?a=1', query: { ignored: 1 } }, { pathname: '/a#b?c' }, { protocol: 'https:', slashes: true, hostname: '::1' }, { hash: 'x', search: 'y' }];
for (const f of fmt) console.log(JSON.stringify(f), '=>', url.format(f));
