// Rejecting with a non-Error value and no handler.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ code: 42 });
