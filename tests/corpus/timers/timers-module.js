// The timers module exposes the same functions as the globals.
const timers = require('timers');
const nodeTimers = require('node:timers');
console.log(timers === nodeTimers);
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, timers[k] === globalThis[k]);
}
timers.setTimeout(() => console.log('via module'), 1);
