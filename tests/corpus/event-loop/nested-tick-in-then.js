// A nextTick queued inside a promise job waits until the whole microtask queue is empty.
Promise.resolve().then(() => {
  console.log('then 1');
  process.nextTick(() => console.log('tick from then 1'));
  Promise.resolve().then(() => console.log('then 1 -> nested then'));
}).then(() => console.log('then 2'));
Promise.resolve().then(() => console.log('then 3'));
