// An exception in a queueMicrotask callback is an uncaught exception, not a rejection.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, 'origin:', origin);
});
process.on('unhandledRejection', () => console.log('never: not a rejection'));
queueMicrotask(() => { throw new Error('boom in microtask'); });
queueMicrotask(() => console.log('next microtask still runs'));
setTimeout(() => console.log('timer still runs'), 1);
