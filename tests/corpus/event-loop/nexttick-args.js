// process.nextTick passes extra arguments to the callback.
process.nextTick((a, b, c) => console.log(a, b, c), 1, 'two', { three: 3 });
process.nextTick((...args) => console.log(args.length));
process.nextTick(function () { console.log(typeof this); }, 'x');
