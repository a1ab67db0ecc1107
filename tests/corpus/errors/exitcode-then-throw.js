// An uncaught exception exits with 1 even if process.exitCode was set before.
process.exitCode = 5;
process.on('exit', (c) => console.log('exit event', c));
setTimeout(() => { throw new Error('overrides exitCode'); }, 1);
