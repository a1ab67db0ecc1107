// Threadpool completions arrive in the poll phase, long after ticks, promises and a 0 ms timer.
const crypto = require('crypto');

crypto.pbkdf2('pw', 'salt', 100000, 32, 'sha512', (err, key) => {
  console.log('pbkdf2 done', err, key.length);
});
setTimeout(() => console.log('timeout 0'), 0);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
