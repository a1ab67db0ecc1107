// When several timers are due at once, they run in order of expiry time, not of creation.
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('5ms'), 5);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('5ms again'), 5);
const s = Date.now();
while (Date.now() - s < 30) {}
