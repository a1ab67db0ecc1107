// An unknown algorithm thrown from inside a callback.
const crypto = require('crypto');

setTimeout(() => {
  console.log('about to hash');
  crypto.createHash('sha-1024').update('x');
}, 0);
