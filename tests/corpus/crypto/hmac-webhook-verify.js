// Verifying a webhook signature the safe way.
const crypto = require('crypto');

const secret = 'whsec_test';
const body = JSON.stringify({ id: 42, event: 'payment.succeeded' });
const signature = 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex');
console.log('signature', signature);

function verify(payload, header) {
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', secret).update(payload).digest('hex'));
  const given = Buffer.from(header);
  if (given.length !== expected.length) return false;
  return crypto.timingSafeEqual(expected, given);
}
console.log('valid      ', verify(body, signature));
console.log('tampered   ', verify(body.replace('42', '43'), signature));
console.log('truncated  ', verify(body, signature.slice(0, 20)));
