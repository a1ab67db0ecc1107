// timers/promises setTimeout resolves with the given value after the delay.
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  console.log('start');
  const v = await sleep(10, 'value');
  console.log('resolved with', v);
  const u = await sleep(1);
  console.log('no value:', u);
})();
setTimeout(() => console.log('plain 5ms timer'), 5);
