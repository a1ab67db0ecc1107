// With an 'uncaughtException' handler, an error thrown in a nextTick does not stop later ticks or promises.
process.on('uncaughtException', (e) => console.log('handled', e.message));
process.nextTick(() => { throw new Error('tick error'); });
process.nextTick(() => console.log('tick 2 still runs'));
Promise.resolve().then(() => console.log('promise still runs'));
