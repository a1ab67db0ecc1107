// beforeExit fires every time the loop empties; stop rescheduling to let the process exit.
let n = 0;
process.on('beforeExit', () => {
  n++;
  if (n <= 3) {
    process.nextTick(() => console.log('tick', n, '(does not restart the loop)'));
    setImmediate(() => console.log('immediate', n, '(restarts the loop)'));
  }
});
process.on('exit', () => console.log('beforeExit fired', n, 'times'));
