// A nextTick scheduled in one immediate runs before the next immediate of the same check phase.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate 3'));
});
setImmediate(() => console.log('immediate 2'));
