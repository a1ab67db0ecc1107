// Timers scheduled by an interval callback wait for their own delay.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  setTimeout(() => console.log('timeout from interval', n), 0);
  if (n === 3) clearInterval(iv);
}, 100);
