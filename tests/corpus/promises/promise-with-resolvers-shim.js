// A deferred: resolving from outside, later, from a timer.
function defer() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
const d = defer();
d.promise.then((v) => console.log('deferred resolved with', v));
console.log('Promise.withResolvers exists:', typeof Promise.withResolvers);
setTimeout(() => d.resolve('hello'), 5);
console.log('waiting...');
