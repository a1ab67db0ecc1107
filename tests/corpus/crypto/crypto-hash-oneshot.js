// crypto.hash(): the one-shot digest of Node v20.12+.
const crypto = require('crypto');

console.log(typeof crypto.hash);
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'buffer'));
console.log(crypto.hash('sha512', new Uint8Array([97, 98, 99])).length);
for (const args of [['nope', 'x'], ['sha1', 5], ['sha1', 'x', 'nope'], [1, 'x']]) {
  try {
    crypto.hash(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
