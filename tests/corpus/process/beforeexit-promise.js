// Only microtasks in 'beforeExit' do not revive the loop, yet they still run before the next beforeExit check.
let n = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++n);
  if (n === 1) Promise.resolve().then(() => console.log('promise from beforeExit'));
  if (n === 1) setImmediate(() => console.log('immediate from beforeExit'));
});
process.on('exit', () => console.log('exit'));
