// Hosts: lowercasing, IPv4 in all its spellings, IPv6 compression, percent-decoding.
const hosts = ['EXAMPLE.Com', '127.0.0.1', '0x7f.0.0.1', '0177.0.0.1', '2130706433', '127.1', '192.168.0.1.', '[::1]', '[2001:DB8:0:0:0:0:0:1]',
  '[::ffff:192.168.1.1]', '[1:0:0:2:0:0:0:3]', 'ex%41mple.com', 'a.b.c.d.e'];
for (const h of hosts) {
  const u = new URL(`http://${h}/`);
  console.log(h.padEnd(26), u.host, u.hostname);
}
for (const bad of ['http://256.0.0.1', 'http://1.2.3.4.5', 'http://a<b', 'http://[1::2::3]', 'http://0x100000000']) {
  console.log(bad, URL.canParse(bad));
}
