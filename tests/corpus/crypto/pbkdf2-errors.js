// Argument validation of pbkdf2 / pbkdf2Sync: codes and messages.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
attempt('unknown digest', () => crypto.pbkdf2Sync('a', 'b', 1, 32, 'sha257'));
attempt('no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 32));
attempt('iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 32, 'sha1'));
attempt('iterations 1.5', () => crypto.pbkdf2Sync('a', 'b', 1.5, 32, 'sha1'));
attempt('iterations string', () => crypto.pbkdf2Sync('a', 'b', '1000', 32, 'sha1'));
attempt('keylen -1', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
attempt('password number', () => crypto.pbkdf2Sync(42, 'b', 1, 32, 'sha1'));
attempt('salt null', () => crypto.pbkdf2Sync('a', null, 1, 32, 'sha1'));
attempt('async without callback', () => crypto.pbkdf2('a', 'b', 1, 32, 'sha1'));
attempt('async unknown digest', () => crypto.pbkdf2('a', 'b', 1, 32, 'nope', () => {}));
attempt('async digest omitted', () => crypto.pbkdf2('a', 'b', 1, 32, () => {}));
