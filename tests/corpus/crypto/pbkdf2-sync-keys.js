// Derived keys are real: they match what any PBKDF2 implementation computes.
const crypto = require('crypto');

const cases = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 2, 20, 'sha1'],
  ['password', 'salt', 4096, 32, 'sha256'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha256'],
  ['hunter2', 'NaCl', 1000, 64, 'sha512'],
  ['hunter2', 'NaCl', 1000, 16, 'md5'],
  ['x', 'y', 10, 0, 'sha256'],
];
for (const [pw, salt, it, len, digest] of cases) {
  const key = crypto.pbkdf2Sync(pw, salt, it, len, digest);
  console.log(digest, it, len, key.length, key.toString('hex'));
}
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 5, 12, 'sha384').toString('base64'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 3, 8, 'SHA256').toString('hex'));
