// pbkdf2Sync runs on the main thread: a timer due in 10 ms fires only after it returns.
const crypto = require('crypto');

const start = Date.now();
setTimeout(() => {
  const late = Date.now() - start;
  console.log('timer fired late:', late >= 40);
}, 10);
const key = crypto.pbkdf2Sync('password', 'salt', 100000, 64, 'sha512');
console.log('sync key', key.toString('hex').slice(0, 32));
