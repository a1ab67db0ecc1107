// If the 'uncaughtException' handler itself throws, node exits with code 7.
process.on('uncaughtException', (e) => {
  console.log('handler got', e.message);
  throw new Error('handler failed');
});
setTimeout(() => { throw new Error('original'); }, 1);
