// An uncaught throw inside a timer callback exits 1; later timers never run, 'exit' still fires.
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  console.log('first');
  throw new TypeError('bad thing in timer');
}, 1);
setTimeout(() => console.log('second (must not print)'), 50);
