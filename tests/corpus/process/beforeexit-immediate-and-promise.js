// beforeExit can schedule any kind of work: an immediate, then a promise, then nothing.
let round = 0;
process.on('beforeExit', () => {
  round++;
  console.log('beforeExit round', round);
  if (round === 1) setImmediate(() => console.log('  immediate from beforeExit'));
  if (round === 2) Promise.resolve().then(() => console.log('  promise from beforeExit (does not keep the loop alive)'));
  if (round === 3) setTimeout(() => console.log('  timer from beforeExit'), 5);
});
process.on('exit', () => console.log('exit after', round, 'rounds'));
