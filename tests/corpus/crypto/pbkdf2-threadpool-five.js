// The classic threadpool demo: five pbkdf2 calls, four libuv threads.
// Four finish together; the fifth waits for a free thread and finishes a turn later.
const crypto = require('crypto');

const start = Date.now();
const done = [];
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('a', 'b', 100000, 64, 'sha512', (err, key) => {
    done.push({ i, ms: Date.now() - start, key: key.toString('hex').slice(0, 16) });
    if (done.length === 5) report();
  });
}
console.log('all five queued');

function report() {
  const firstFour = done.slice(0, 4).map((d) => d.i).sort();
  console.log('first four to finish:', firstFour.join(','));
  console.log('last to finish:', done[4].i);
  const slowestOfFour = Math.max(...done.slice(0, 4).map((d) => d.ms));
  console.log('fifth finished after the others:', done[4].ms > slowestOfFour);
  console.log('same key every time:', new Set(done.map((d) => d.key)).size === 1, done[0].key);
}
