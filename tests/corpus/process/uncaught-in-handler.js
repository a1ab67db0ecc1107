// An error thrown inside the 'uncaughtException' handler itself is fatal: exit code 7.
process.on('uncaughtException', (err) => {
  console.log('handling', err.message);
  throw new Error('handler broke');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('first'); }, 1);
