// randomBytes with a callback runs on the threadpool: after ticks, promises and the main script.
const crypto = require('crypto');

crypto.randomBytes(32, (err, buf) => {
  console.log('random bytes', err, buf.length, Buffer.isBuffer(buf));
  crypto.randomBytes(4, function (err2, buf2) {
    console.log('nested', buf2.length);
  });
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('main done');
try {
  crypto.randomBytes(4, 'not a function');
} catch (e) {
  console.log(e.code, e.message);
}
