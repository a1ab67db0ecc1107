// An unref'd immediate alone does not keep the process alive; with other work it still runs.
const a = setImmediate(() => console.log('a runs: the timer keeps the loop alive'));
a.unref();
setTimeout(() => {
  const b = setImmediate(() => console.log('never: b is unref and nothing else is left'));
  b.unref();
  console.log('timer done');
}, 5);
process.on('exit', () => console.log('exit'));
