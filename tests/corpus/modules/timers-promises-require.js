// timers/promises is reachable by both ids and via require('timers').promises.
const a = require('timers/promises');
const b = require('node:timers/promises');
console.log(a === b, a === require('timers').promises);
console.log(Object.keys(a).sort().join(','));
