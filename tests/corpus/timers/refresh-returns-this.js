// refresh() returns the timer, works on an interval, and re-arms a fired timeout.
const t = setTimeout(() => console.log('timeout fired'), 10);
console.log('refresh returns this:', t.refresh() === t);
let count = 0;
const iv = setInterval(() => {
  count++;
  console.log('interval', count);
  if (count === 2) iv.refresh();
  if (count === 3) clearInterval(iv);
}, 15);
