// util.inspect shows a promise's state.
const util = require('util');
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1 });
const rejected = Promise.reject(new Error('x'));
rejected.catch(() => {});
console.log(util.inspect(pending));
console.log(util.inspect(fulfilled));
console.log(util.inspect(rejected).split('\n')[0]);
console.log(util.inspect(Promise.resolve(undefined)), util.inspect(Promise.resolve('s')));
(async () => {})().then(() => {});
console.log(util.inspect((async () => 42)()));
