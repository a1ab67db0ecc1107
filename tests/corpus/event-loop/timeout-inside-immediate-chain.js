// setTimeout inside setImmediate and setImmediate inside setTimeout, with busy-waits to make timers due.
function busy(ms) { const s = Date.now(); while (Date.now() - s < ms) {} }
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => {
    console.log('timeout 1');
    setImmediate(() => console.log('immediate 2'));
    setTimeout(() => console.log('timeout 2'), 0);
  }, 0);
  busy(10);
});
