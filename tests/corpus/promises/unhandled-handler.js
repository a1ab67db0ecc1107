// process.on('unhandledRejection') receives (reason, promise) and prevents the crash.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('one'));
Promise.reject(new Error('two'));
setTimeout(() => console.log('still running'), 5);
