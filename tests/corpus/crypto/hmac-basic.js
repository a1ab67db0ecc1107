// HMAC with string, Buffer and empty keys; a second digest() of an Hmac is empty.
const crypto = require('crypto');

console.log(crypto.createHmac('sha256', 'secret').update('message').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.from('secret')).update('message').digest('base64'));
console.log(crypto.createHmac('md5', '').update('message').digest('hex'));
console.log(crypto.createHmac('sha512', 'k'.repeat(200)).update('long key gets hashed first').digest('base64url'));
console.log(crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
const mac = crypto.createHmac('sha384', new Uint8Array([1, 2, 3]));
mac.update('part one, ');
mac.update('part two');
console.log(mac.digest('hex'));
console.log(JSON.stringify(mac.digest('hex')), mac.digest());
try {
  mac.update('more');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(crypto.createHmac('sha256', 'a2V5', { encoding: 'base64' }).update('x').digest('hex') ===
  crypto.createHmac('sha256', 'key').update('x').digest('hex'));
