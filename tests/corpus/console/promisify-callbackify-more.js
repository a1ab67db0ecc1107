const util = require('util');
const fs = require('fs');
function cbStyle(a, cb) { setTimeout(() => (a < 0 ? cb(new Error('neg')) : cb(null, a * 2)), 1); }
const p = util.promisify(cbStyle);
console.log(p, p.name, util.promisify(fs.readFile).name, typeof util.promisify.custom);
p(2).then((v) => console.log('resolved', v));
p(-1).catch((e) => console.log('rejected', e.message));
const sleep = util.promisify(setTimeout);
sleep(5, 'val').then((v) => console.log('slept', v));
async function asyncFn(x) { if (x) throw null; return 'ok'; }
const cbf = util.callbackify(asyncFn);
console.log(cbf, cbf.name, cbf.length);
cbf(0, (err, v) => console.log('cb', err, v));
cbf(1, (err) => console.log('cb err', err.message, err.code, err.reason));
console.log(util.inspect(p), util.types.isAsyncFunction(p));
const withCustom = function () {}; withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(withCustom)().then(console.log);
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
console.log(util.inspect(util.promisify));
console.log(util.isDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]));
console.log(util.inspect(new (class extends Promise {})(() => {})));
