// A harder quiz: every queue scheduling the others, started from an I/O callback.
require('fs').stat(__filename, () => {
  setImmediate(() => {
    console.log('I1');
    process.nextTick(() => console.log('I1 -> tick'));
    Promise.resolve().then(() => console.log('I1 -> then'));
  });
  setTimeout(() => {
    console.log('T1');
    setImmediate(() => console.log('T1 -> immediate'));
  }, 0);
  process.nextTick(() => {
    console.log('N1');
    Promise.resolve().then(() => {
      console.log('N1 -> then');
      process.nextTick(() => console.log('N1 -> then -> tick'));
    });
  });
  Promise.resolve().then(() => {
    console.log('P1');
    queueMicrotask(() => console.log('P1 -> queueMicrotask'));
    process.nextTick(() => console.log('P1 -> tick'));
  });
  setImmediate(() => console.log('I2'));
});
