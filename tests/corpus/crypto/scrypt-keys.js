// scrypt: real keys, options and the async form on the threadpool.
const crypto = require('crypto');

console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 1024 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { cost: 1024, blockSize: 8, parallelization: 2 }).toString('hex'));
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 0).length);
crypto.scrypt('password', 'salt', 24, (err, key) => {
  console.log('async', err, key.toString('base64'));
});
crypto.scrypt('password', 'salt', 24, { N: 2048 }, (err, key) => {
  console.log('async with options', err, key.length);
});
for (const opts of [{ N: 3 }, { N: 1 << 20 }, { N: 16, cost: 16 }, { r: -1 }]) {
  try {
    crypto.scryptSync('p', 's', 8, opts);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log('sync end');
