// Without an 'unhandledRejection' listener, an unhandled rejection reaches 'uncaughtException' with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => console.log(err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('still alive'), 1);
