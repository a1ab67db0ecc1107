// Promises show their state and value.
const pending = new Promise(() => {});
const resolved = Promise.resolve({ value: 42 });
const reason = new RangeError('nope');
reason.stack = undefined;
const rejected = Promise.reject(reason);
rejected.catch(() => {});
console.log(pending, resolved);
console.log(rejected);
async function compute() {
  return 'done';
}
const p = compute();
console.log(p);
const fail = Promise.reject(5);
fail.catch(() => {});
console.log(fail);
console.log({ list: [Promise.resolve(1), Promise.resolve('two')] });
setTimeout(() => console.log('later:', p, pending), 0);
