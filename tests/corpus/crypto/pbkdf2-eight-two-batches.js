// Eight hashes on a pool of four threads run in two batches.
const crypto = require('crypto');

const order = [];
for (let i = 1; i <= 8; i++) {
  crypto.pbkdf2('secret', 'salt', 50000, 32, 'sha256', () => {
    order.push(i);
    if (order.length === 8) {
      console.log('batch 1:', order.slice(0, 4).sort().join(' '));
      console.log('batch 2:', order.slice(4).sort().join(' '));
    }
  });
}
