// A nextTick queued inside a promise job runs only after the whole microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise 3 (queued by 1)'));
});
Promise.resolve().then(() => console.log('promise 2'));
