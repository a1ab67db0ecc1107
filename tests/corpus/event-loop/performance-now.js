// performance.now() is monotonic and relative to timeOrigin.
const { performance } = require('perf_hooks');
console.log(typeof performance.now(), typeof performance.timeOrigin);
console.log('global is the same object:', globalThis.performance === performance);
const a = performance.now();
let last = a;
let monotonic = true;
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  if (t < last) monotonic = false;
  last = t;
}
console.log('monotonic:', monotonic);
console.log('positive:', a > 0);
setTimeout(() => {
  const elapsed = performance.now() - a;
  console.log('timer elapsed >= 20:', elapsed >= 20);
}, 20);
