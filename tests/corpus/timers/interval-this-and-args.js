// setInterval passes extra args every time; `this` is the Timeout, so this.close() stops it.
let n = 0;
setInterval(function (label, step) {
  n += step;
  console.log(label, n);
  if (n >= 6) this.close();
}, 5, 'total', 2);
