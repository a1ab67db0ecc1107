// URL setters, including the ones that are silently ignored.
const u = new URL('http://example.com/path?q=1#frag');
u.protocol = 'https'; console.log(u.href);
u.protocol = 'foo'; console.log(u.href);
u.host = 'other.org:8080'; console.log(u.href);
u.hostname = 'Third.NET'; console.log(u.href);
u.port = '443'; console.log(u.href, JSON.stringify(u.port));
u.port = '81abc'; console.log(u.href);
u.port = 'abc'; console.log(u.href);
u.port = ''; console.log(u.href);
u.pathname = 'a b/c'; console.log(u.href);
u.search = 'x=1 2'; console.log(u.href);
u.hash = 'new hash'; console.log(u.href);
u.hash = ''; u.search = ''; console.log(u.href);
u.username = 'me@x'; u.password = 'p:w'; console.log(u.href);
u.href = 'ws://sock.io/chat'; console.log(u.href, u.origin);
try { u.href = 'garbage'; } catch (e) { console.log(e.code); }
console.log(u.href);
