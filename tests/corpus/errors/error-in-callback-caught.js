// try/catch around scheduling does not catch errors thrown later in the callback.
process.on('uncaughtException', (e) => console.log('reached uncaughtException:', e.message));
try {
  setTimeout(() => { throw new Error('async throw'); }, 1);
  console.log('scheduled without error');
} catch (e) {
  console.log('never caught here');
}
