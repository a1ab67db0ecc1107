// Less common digests and names.
const crypto = require('crypto');

for (const alg of ['sha224', 'sha512-256', 'sha512-224', 'sha3-256', 'sha3-512', 'ripemd160', 'SHA-256', 'RSA-SHA256', 'sha256WithRSAEncryption']) {
  console.log(alg.padEnd(24), crypto.createHash(alg).update('abc').digest('hex'));
}
console.log('shake128', crypto.createHash('shake128').update('abc').digest('hex'));
console.log('shake256/8', crypto.createHash('shake256', { outputLength: 8 }).update('abc').digest('hex'));
console.log('hmac sha3-256', crypto.createHmac('sha3-256', 'k').update('abc').digest('hex'));
try {
  crypto.createHash('sha256', { outputLength: 16 }).digest();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  crypto.createHash('shake128', { outputLength: -1 });
} catch (e) {
  console.log(e.code, e.message);
}
