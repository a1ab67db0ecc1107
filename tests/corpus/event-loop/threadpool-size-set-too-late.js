// The pool starts on its first request; changing UV_THREADPOOL_SIZE afterwards does nothing.
const fs = require('fs');
const crypto = require('crypto');
fs.readFile(__filename, () => {
  process.env.UV_THREADPOOL_SIZE = 1;
  const start = Date.now();
  const times = [];
  for (let i = 0; i < 4; i++) {
    crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => {
      times.push(Date.now() - start);
      if (times.length === 4) console.log('four threads still, all finish together:', times[3] < times[0] * 1.5);
    });
  }
});
