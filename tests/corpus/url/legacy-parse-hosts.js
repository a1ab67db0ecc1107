// url.parse's lenient host handling: invalid ports, tabs, backslashes, IPv6, non-ASCII hosts.
const url = require('url');
for (const s of ['http://a.com:abc/', 'http://a.com\tb/', 'http://a.com\\b\\c?d\\e', 'http://[::1]:3000/a', 'http://münchen.de/', 'localhost:3000/x',
  'www.example.com/p', '//a.com/p', 'http://a_b.com/', 'http://u:p@a.com:8080', 'http://a.com/ p<"q">', 'http://x.com/?', 'http://x.com/#']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), u.host, u.hostname, u.port, u.pathname, u.path, u.href);
}
try { url.parse('http://[fe80::1%25eth0]/'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
