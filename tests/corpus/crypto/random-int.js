// randomInt: ranges, validation, and the callback form (first call refills a cache on the pool).
const crypto = require('crypto');

let ok = true;
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  if (!Number.isInteger(n) || n < 0 || n >= 10) ok = false;
  const m = crypto.randomInt(-5, 5);
  if (m < -5 || m >= 5) ok = false;
}
console.log('in range:', ok);
const seen = new Set();
for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3));
console.log('values seen:', [...seen].sort().join(','));
for (const args of [[10, 1], [1.5], [0, 2 ** 48 + 1], ['5'], [5, 5]]) {
  try {
    crypto.randomInt(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
crypto.randomInt(1, 7, (err, n) => {
  console.log('dice', err, n >= 1 && n < 7);
});
console.log('sync end');
