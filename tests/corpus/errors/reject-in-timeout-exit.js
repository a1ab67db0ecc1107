// An unhandled rejection created inside a timer callback crashes after that callback's microtasks.
setTimeout(() => {
  Promise.reject(new Error('late rejection'));
  Promise.resolve().then(() => console.log('microtask still runs'));
  process.nextTick(() => console.log('tick still runs'));
}, 1);
setTimeout(() => console.log('next timer (must not print)'), 30);
