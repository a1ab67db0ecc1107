// Default ports are dropped for special schemes, kept otherwise.
const inputs = ['http://a.com:80/', 'https://a.com:443/', 'http://a.com:443/', 'ws://a.com:80/x',
  'wss://a.com:443', 'ftp://a.com:21/f', 'ftp://a.com:22/f', 'foo://a.com:80/', 'http://a.com:0080/', 'http://a.com:/p'];
for (const s of inputs) {
  const u = new URL(s);
  console.log(s, '->', u.href, JSON.stringify(u.port), u.origin);
}
