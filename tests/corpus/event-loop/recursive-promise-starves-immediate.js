// A recursive promise chain runs entirely before setImmediate.
let count = 0;
setImmediate(() => console.log('immediate after', count, 'promise jobs'));
function again() {
  count++;
  if (count < 10000) return Promise.resolve().then(again);
}
again();
