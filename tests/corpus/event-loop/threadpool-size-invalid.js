// libuv reads the size with atoi: a value that is not a number means one thread.
process.env.UV_THREADPOOL_SIZE = 'lots';
const crypto = require('crypto');
const start = Date.now();
const times = [];
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => {
    times.push(Date.now() - start);
    if (times.length === 2) console.log('one thread, so the second waits:', times[1] > times[0] * 1.5);
  });
}
