// With an empty cache, async randomInt waits for a refill on the threadpool; later calls use the
// cache and answer on the next tick.
const crypto = require('crypto');

crypto.randomInt(100, (err, n) => {
  console.log('first', err, Number.isInteger(n));
  crypto.randomInt(100, (err2, m) => console.log('second (cached)', Number.isInteger(m)));
  process.nextTick(() => console.log('tick queued after second'));
});
crypto.randomInt(100, (err, n) => console.log('also waiting for the refill', Number.isInteger(n)));
process.nextTick(() => console.log('tick'));
