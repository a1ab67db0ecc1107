// Rejecting with a non-Error still crashes, wrapped as ERR_UNHANDLED_REJECTION.
process.on('exit', (code) => console.log('exit', code));
Promise.reject('just a string');
