// Repeating the I/O-callback experiment many times: immediate is first every time.
const fs = require('fs');
let n = 0;
const results = [];
function round() {
  fs.stat(__filename, () => {
    const order = [];
    setTimeout(() => {
      order.push('timeout');
      if (order.length === 2) next(order);
    }, 0);
    setImmediate(() => {
      order.push('immediate');
      if (order.length === 2) next(order);
    });
  });
}
function next(order) {
  results.push(order.join(','));
  if (++n < 10) round();
  else console.log(new Set(results).size, results[0]);
}
round();
