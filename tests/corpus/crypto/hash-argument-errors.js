// Invalid algorithms and data.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
attempt('sha257', () => crypto.createHash('sha257'));
attempt('empty', () => crypto.createHash(''));
attempt('number', () => crypto.createHash(256));
attempt('undefined', () => crypto.createHash());
attempt('upper case', () => crypto.createHash('SHA256').update('x').digest('hex'));
attempt('RSA alias', () => crypto.createHash('RSA-SHA1').update('x').digest('hex'));
attempt('update(number)', () => crypto.createHash('md5').update(123));
attempt('update(object)', () => crypto.createHash('md5').update({}));
attempt('update(null)', () => crypto.createHash('md5').update(null));
attempt('odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
attempt('digest(unknown)', () => crypto.createHash('md5').update('a').digest('nope'));
