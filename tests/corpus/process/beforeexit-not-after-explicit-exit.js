// beforeExit is not emitted for process.exit() or an uncaught exception.
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling process.exit()');
  process.exit();
}, 1);
