// URL.canParse and URL.parse (v20.20 has both).
console.log(typeof URL.canParse, typeof URL.parse);
console.log(URL.canParse('http://x.com'), URL.canParse('nope'), URL.canParse('/p', 'http://x.com'), URL.canParse('/p'));
console.log(URL.canParse('mailto:a@b.c'), URL.canParse('http://[::1]/'), URL.canParse('http://[::g]/'));
try { URL.canParse(); } catch (e) { console.log(e.code, e.message); }
const parsed = URL.parse('/x?y=1', 'https://h.org');
console.log(parsed instanceof URL, parsed && parsed.href, URL.parse('nope'), URL.parse('a:b', 'c').href);
