// queueMicrotask shares V8's microtask queue with promise jobs (FIFO), after nextTicks.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm 4 (nested)'));
  process.nextTick(() => console.log('tick from qm 2'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick'));
