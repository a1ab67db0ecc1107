// randomBytes(n): a Buffer of n bytes; request ids in hex and base64url.
const crypto = require('crypto');

for (const n of [0, 1, 16, 32, 100]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length, b.toString('hex').length, b.toString('base64url').length);
}
const requestId = crypto.randomBytes(8).toString('hex');
console.log('request id', /^[0-9a-f]{16}$/.test(requestId));
for (const bad of [-1, 'a', NaN, 2 ** 31, undefined]) {
  try {
    crypto.randomBytes(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
