// process.exit inside a callback stops at once: later timers, ticks and promises never run.
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => {
  console.log('first timer');
  process.nextTick(() => console.log('tick (must not print)'));
  Promise.resolve().then(() => console.log('promise (must not print)'));
  process.exit(5);
  console.log('after exit (must not print)');
}, 1);
setTimeout(() => console.log('second timer (must not print)'), 20);
