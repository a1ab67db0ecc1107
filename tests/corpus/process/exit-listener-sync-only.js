// 'exit' listeners run synchronously; timers and promises scheduled there never run.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  setTimeout(() => console.log('never: timer in exit'), 0);
  setImmediate(() => console.log('never: immediate in exit'));
  process.nextTick(() => console.log('never: tick in exit'));
  console.log('exit listener done');
});
console.log('main');
