// What a Hash and an Hmac look like in console.log before they are used as streams.
const crypto = require('crypto');

const h = crypto.createHash('sha256');
console.log(h);
console.log(crypto.createHmac('sha1', 'k'));
console.log(h instanceof crypto.Hash, h instanceof require('stream').Transform, typeof h.pipe);
console.log(Object.keys(h));
console.log(crypto.Hash('md5').digest('hex'));
