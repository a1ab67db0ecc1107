// A promise job queued inside a nextTick runs only after the nextTick queue is empty.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('then from tick 1'));
  process.nextTick(() => console.log('tick 3 (queued by tick 1)'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('then from main'));
