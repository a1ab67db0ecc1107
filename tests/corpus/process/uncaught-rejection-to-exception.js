// In the default mode an unhandled rejection becomes an uncaughtException with origin
// 'unhandledRejection', which a listener can catch.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, '| origin:', origin);
});
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('the process keeps running'), 5);
