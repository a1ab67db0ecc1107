// setInterval(fn, 0) repeats every 1 ms; count how many ran in about 30 ms.
setImmediate(() => { // start from a callback: the loop time is fresh here
  let n = 0;
  const start = Date.now();
  const iv = setInterval(() => {
    n++;
    if (Date.now() - start >= 30) {
      clearInterval(iv);
      console.log('ran more than once:', n >= 2, '- at most once per ms:', n <= 31);
    }
  }, 0);
  console.log('_idleTimeout of a 0 ms interval:', iv._idleTimeout, '_repeat:', iv._repeat);
});
