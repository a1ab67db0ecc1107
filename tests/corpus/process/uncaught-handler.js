// An 'uncaughtException' listener swallows the error; the loop continues and the exit code stays 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, 'origin:', origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('later timer still runs'), 10);
process.on('exit', (c) => console.log('exit', c));
throw new Error('from main');
