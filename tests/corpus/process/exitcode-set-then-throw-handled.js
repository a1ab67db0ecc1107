// process.exitCode survives a handled uncaught exception; the last value wins.
process.on('uncaughtException', (e) => {
  console.log('handled', e.message);
  process.exitCode = 4;
});
process.exitCode = 2;
setTimeout(() => { throw new Error('oops'); }, 1);
process.on('exit', (code) => console.log('exiting with', code));
