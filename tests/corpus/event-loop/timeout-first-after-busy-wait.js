// With the timer already due when the loop starts (busy-wait), setTimeout(0) fires before setImmediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const s = Date.now();
while (Date.now() - s < 20) {}
console.log('sync done');
