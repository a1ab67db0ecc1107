// require('timers') mirrors the globals; timers.promises is timers/promises.
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate);
console.log(timers.clearTimeout === clearTimeout, timers.setInterval === setInterval);
console.log(timers.promises === require('timers/promises'));
console.log(Object.keys(require('timers/promises')).sort().join(','));
