// util.callbackify turns promise-returning functions into (err, value) callback style.
const util = require('util');
async function double(x) {
  return x * 2;
}
async function reject() {
  throw new TypeError('bad');
}
const doubleCb = util.callbackify(double);
console.log(doubleCb.name, doubleCb.length);
doubleCb(21, (err, value) => console.log('double', err, value));
util.callbackify(reject)((err) => console.log('reject', err.name, err.message));
util.callbackify(() => Promise.reject(null))((err) => {
  console.log('falsy', err.message, err.code, err.reason);
});
util.callbackify(() => Promise.reject(0))((err) => console.log('zero', err.reason));
console.log('sync end');
process.nextTick(() => console.log('tick'));
