// An interval and timeouts with the same period interleave FIFO within the duration list.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 2) clearInterval(iv);
}, 10);
setTimeout(() => console.log('timeout 10'), 10);
