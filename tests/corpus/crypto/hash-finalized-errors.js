// After digest() a Hash is finished: digest, update and copy all throw.
const crypto = require('crypto');

const h = crypto.createHash('sha1').update('data');
console.log(h.digest('hex'));
for (const [label, fn] of [
  ['digest again', () => h.digest('hex')],
  ['update', () => h.update('more')],
  ['copy', () => h.copy()],
]) {
  try {
    fn();
  } catch (err) {
    console.log(label, '->', err.name, err.code, err.message, err instanceof Error);
  }
}
