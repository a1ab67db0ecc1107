// process.exit with a custom code from inside an 'uncaughtException' handler.
process.on('uncaughtException', (e) => {
  console.log('handler:', e.message);
  process.exit(42);
});
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('boom'); }, 1);
