// A delay above 2^31-1 prints a TimeoutOverflowWarning and is set to 1ms.
setTimeout(() => console.log('big timer fired'), 2 ** 31);
setTimeout(() => console.log('10ms timer fired'), 10);
console.log('scheduled');
