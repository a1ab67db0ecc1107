// `this` inside a setTimeout/setInterval/setImmediate callback is the timer object itself.
const t = setTimeout(function () {
  console.log('timeout:', this === t);
}, 1);
const iv = setInterval(function () {
  console.log('interval:', this === iv);
  clearInterval(this);
}, 1);
const im = setImmediate(function () {
  console.log('immediate:', this === im);
});
const s = Date.now();
while (Date.now() - s < 5) {} // both timers due when the loop starts
