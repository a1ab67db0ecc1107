// A rejection handled within the same macrotask turn is never reported.
process.on('unhandledRejection', () => console.log('unexpected report'));
const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('handled a few microtasks later:', e.message));
});
process.nextTick(() => console.log('tick runs first'));
