// One input, every common algorithm and output encoding.
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
const input = 'hello world';
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
  const out = crypto.createHash('sha256').update(input).digest(enc);
  console.log(enc, JSON.stringify(out), out.length);
}
const buf = crypto.createHash('sha256').update(input).digest();
console.log(Buffer.isBuffer(buf), buf.length, buf);
console.log(crypto.createHash('md5').update('').digest('hex'));
console.log(crypto.createHash('sha1').update('').digest('base64'));
