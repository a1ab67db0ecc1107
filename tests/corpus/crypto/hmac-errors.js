// createHmac validation.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
attempt('unknown digest', () => crypto.createHmac('sha0', 'key'));
attempt('missing key', () => crypto.createHmac('sha256'));
attempt('numeric key', () => crypto.createHmac('sha256', 42));
attempt('null key', () => crypto.createHmac('sha256', null));
attempt('algorithm not a string', () => crypto.createHmac(null, 'key'));
attempt('update(number)', () => crypto.createHmac('sha256', 'k').update(5));
