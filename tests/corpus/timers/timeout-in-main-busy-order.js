// Due timers run in expiry order: A (50ms, created first) expires before B and C (created after a 60ms busy-wait).
setTimeout(() => console.log('A: 50ms, created first'), 50);
const s = Date.now();
while (Date.now() - s < 60) {}
setTimeout(() => console.log('B: 1ms, created 60ms later'), 1);
setTimeout(() => console.log('C: 0ms'), 0);
