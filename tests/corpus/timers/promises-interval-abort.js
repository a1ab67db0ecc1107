// Aborting a timers/promises setInterval iteration throws AbortError out of for await.
const { setInterval: every } = require('timers/promises');
setImmediate(async () => { // start from a callback: the loop time is fresh here
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 45);
  let n = 0;
  try {
    for await (const _ of every(10, null, { signal: ac.signal })) n++;
  } catch (err) {
    console.log('loop ended with', err.name, err.code);
    console.log('ticked before the abort:', n >= 2);
  }
});
