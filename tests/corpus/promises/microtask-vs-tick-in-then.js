// Inside a promise job: queueMicrotask runs in the same drain, nextTick only after it.
Promise.resolve().then(() => {
  process.nextTick(() => console.log('3: nextTick'));
  queueMicrotask(() => console.log('2: queueMicrotask'));
  console.log('1: then body');
});
