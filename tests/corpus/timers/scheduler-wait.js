// timers/promises scheduler.wait(ms) and scheduler.yield() resolve like setTimeout/setImmediate.
const { scheduler } = require('timers/promises');
(async () => {
  setImmediate(() => console.log('immediate queued before yield'));
  await scheduler.yield();
  console.log('after yield');
  await scheduler.wait(5);
  console.log('after wait');
})();
