// The digests Node v20 (OpenSSL 3) knows.
const crypto = require('crypto');

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes.length);
console.log(['md5', 'sha1', 'sha256', 'sha512', 'sha3-256'].map((h) => hashes.includes(h)));
console.log(hashes.join(' '));
