// process.exit inside a nextTick: later ticks and promise jobs never run.
process.nextTick(() => { console.log('tick 1'); process.exit(0); });
process.nextTick(() => console.log('tick 2 (must not print)'));
Promise.resolve().then(() => console.log('promise (must not print)'));
