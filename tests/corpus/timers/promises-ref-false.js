// { ref: false } lets the process exit before the promise settles.
const tp = require('timers/promises');
tp.setTimeout(50, 'unref value', { ref: false }).then((v) => console.log('never:', v));
tp.setTimeout(10, 'ref value').then((v) => console.log('got', v));
process.on('exit', () => console.log('exit without waiting for the unref timer'));
