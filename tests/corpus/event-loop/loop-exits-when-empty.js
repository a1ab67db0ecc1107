// The process exits once no handles or requests are left; the last callbacks still flush their microtasks.
setTimeout(() => {
  console.log('last timer');
  Promise.resolve().then(() => console.log('microtask after last timer'));
  process.nextTick(() => console.log('tick after last timer'));
}, 5);
process.on('exit', (c) => console.log('exit', c));
