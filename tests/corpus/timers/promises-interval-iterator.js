// for await over timers/promises setInterval; break stops the interval.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  const start = Date.now();
  for await (const value of every(10, 'tick')) {
    n++;
    console.log(value, n);
    if (n === 4) break;
  }
  console.log('stopped after', n, '- at least 40 ms:', Date.now() - start >= 40);
})().then(() => console.log('the loop can exit: no interval left'));
