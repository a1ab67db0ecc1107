// One thread: every pbkdf2 call waits for the one before it.
process.env.UV_THREADPOOL_SIZE = '1';
const crypto = require('crypto');
const start = Date.now();
const times = [];
for (let i = 1; i <= 3; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', (err, key) => {
    times.push(Date.now() - start);
    console.log(`call ${i} done, key starts with ${key.toString('hex').slice(0, 8)}`);
    if (times.length === 3) {
      console.log('each waits for the previous:', times[1] > times[0] * 1.5 && times[2] > times[1] * 1.25);
    }
  });
}
