// timers/promises setInterval is an async iterator; breaking out stops it.
const { setInterval } = require('timers/promises');
(async () => {
  let i = 0;
  for await (const v of setInterval(5, 'tick')) {
    console.log(v, ++i);
    if (i === 3) break;
  }
  console.log('loop done');
})();
