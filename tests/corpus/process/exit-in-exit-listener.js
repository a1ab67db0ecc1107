// Calling process.exit() inside an 'exit' listener changes the code; other listeners are skipped.
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(9);
});
process.on('exit', () => console.log('second listener (skipped)'));
console.log('main');
