// Inside a timer callback: ticks, then microtasks, then the next timer.
setTimeout(async () => {
  console.log('timer 1 start');
  process.nextTick(() => console.log('timer 1 tick'));
  await null;
  console.log('timer 1 after await');
}, 1);
setTimeout(() => console.log('timer 2'), 1);
