// refresh() on a timer that already fired schedules it again; refresh returns the timer.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
  if (n < 3) console.log('refresh returns same:', t.refresh() === t);
}, 2);
