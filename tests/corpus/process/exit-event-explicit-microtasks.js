// process.exit(): work queued in an 'exit' listener (ticks, promises, timers) never runs.
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit'), 0);
  process.nextTick(() => console.log('tick in exit'));
  Promise.resolve().then(() => console.log('promise in exit'));
  console.log('exit listener end');
});
setTimeout(() => process.exit(3), 1);
