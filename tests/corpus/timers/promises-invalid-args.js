// timers/promises validates options: a rejection, not a throw.
const tp = require('timers/promises');
tp.setTimeout(10, 'v', 'not an object').catch((e) => console.log('options:', e.code, e.name));
tp.setTimeout(10, 'v', { signal: 'nope' }).catch((e) => console.log('signal:', e.code, e.name));
tp.setTimeout(10, 'v', { ref: 'yes' }).catch((e) => console.log('ref:', e.code, e.name));
console.log('no synchronous throw');
