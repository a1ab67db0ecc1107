const util = require('util');
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const rej = Promise.reject(new Error('nope')); rej.catch(() => {});
console.log(util.inspect(rej).split('\n')[0]);
const rej2 = Promise.reject('plain'); rej2.catch(() => {});
console.log(rej2);
console.log({ p: Promise.resolve({ a: [1, 2] }) });
console.log(Promise.resolve(Promise.resolve('nested')));
async function f() { return 5; }
console.log(f());
const p = f(); p.then(() => console.log('after', p));
const pp = Promise.resolve(2); pp.extra = 1; console.log(pp);
console.log(Promise.all([1, 2]));
setTimeout(() => console.log(Promise.all([1, 2])), 0);
console.log(Promise.resolve(undefined), Promise.resolve(null));
