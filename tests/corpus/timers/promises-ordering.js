// timers/promises keeps the ordering of the callback APIs.
const tp = require('timers/promises');
require('fs').readFile(__filename, async () => {
  tp.setTimeout(0).then(() => console.log('setTimeout promise'));
  tp.setImmediate().then(() => console.log('setImmediate promise'));
  process.nextTick(() => console.log('nextTick'));
  await null;
  console.log('after await null');
});
