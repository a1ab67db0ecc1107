// process.exit inside a promise job: the rest of the microtask queue never runs.
process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(() => {
  console.log('first job');
  process.exit(2);
});
Promise.resolve().then(() => console.log('second job (must not print)'));
