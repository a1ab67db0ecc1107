// Inside an I/O callback the check phase comes before the next timers phase, every time.
const fs = require('fs');
let rounds = 0;
function round() {
  fs.stat(__filename, () => {
    const order = [];
    setTimeout(() => {
      order.push('timeout');
      if (order.length === 2) done();
    }, 0);
    setImmediate(() => {
      order.push('immediate');
      if (order.length === 2) done();
    });
    function done() {
      console.log(`round ${++rounds}: ${order.join(' then ')}`);
      if (rounds < 4) round();
    }
  });
}
round();
