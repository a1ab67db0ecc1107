// A long-running callback delays later timers; they then run back to back in expiry order.
const start = Date.now();
setTimeout(() => {
  console.log('slow timer');
  while (Date.now() - start < 50) {}
}, 1);
setTimeout(() => console.log('20ms timer (late)'), 20);
setTimeout(() => console.log('10ms timer (late)'), 10);
setTimeout(() => console.log('late by at least 25ms:', Date.now() - start >= 45), 30);
