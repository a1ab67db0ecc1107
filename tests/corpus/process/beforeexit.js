// 'beforeExit' fires when the loop empties; scheduling work there keeps the process going.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
