// Natural exit: in an 'exit' listener, timers and nextTicks never run, but promise jobs still get one drain.
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit'), 0);
  process.nextTick(() => console.log('tick in exit'));
  Promise.resolve().then(() => console.log('promise in exit'));
  queueMicrotask(() => console.log('queueMicrotask in exit'));
  console.log('exit listener end');
});
console.log('main');
