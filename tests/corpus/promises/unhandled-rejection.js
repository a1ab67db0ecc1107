// An unhandled rejection prints the error to stderr and exits with code 1.
setTimeout(() => console.log('never runs'), 10);
Promise.reject(new Error('nobody handles this'));
console.log('sync end');
