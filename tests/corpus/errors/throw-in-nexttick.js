// An uncaught throw in a nextTick callback exits 1 before promise jobs run.
process.nextTick(() => { throw new Error('tick failure'); });
Promise.resolve().then(() => console.log('promise (must not print)'));
