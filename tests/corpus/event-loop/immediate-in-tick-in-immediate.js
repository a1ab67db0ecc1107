// An immediate scheduled from a nextTick inside an immediate still waits for the next check phase.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => {
    console.log('tick in immediate 1');
    setImmediate(() => console.log('immediate 3 (from tick)'));
  });
});
setImmediate(() => console.log('immediate 2'));
