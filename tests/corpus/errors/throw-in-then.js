// A throw inside a then callback becomes an unhandled rejection: stderr and exit 1.
process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(() => {
  throw new Error('thrown in then');
});
