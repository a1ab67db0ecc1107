// Non-ASCII hosts become punycode.
for (const h of ['münchen.de', 'Bücher.example', '例え.テスト', 'xn--mnchen-3ya.de', 'ÄÖÜ.com']) {
  const u = new URL(`https://${h}/p`);
  console.log(u.hostname, u.origin);
}
const url = require('url');
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
