// setInterval fires repeatedly until cleared from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 5) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 5);
