// setInterval with clearInterval after n ticks, from inside the callback.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 5) {
    clearInterval(id);
    console.log('cleared');
  }
}, 10);
process.on('exit', () => console.log('exit after', n, 'ticks'));
