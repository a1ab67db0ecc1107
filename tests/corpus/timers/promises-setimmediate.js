// timers/promises setImmediate resolves in the check phase, after ticks and promise jobs.
const tp = require('node:timers/promises');
tp.setImmediate('imm').then((v) => console.log('promise setImmediate', v));
setImmediate(() => console.log('callback setImmediate'));
process.nextTick(() => console.log('tick'));
console.log('sync');
