// timers/promises scheduler.wait and scheduler.yield.
const { scheduler } = require('timers/promises');
(async () => {
  const start = Date.now();
  await scheduler.wait(20);
  console.log('waited at least 20 ms:', Date.now() - start >= 20);
  setImmediate(() => console.log('an immediate queued before yield'));
  await scheduler.yield();
  console.log('after yield');
})();
