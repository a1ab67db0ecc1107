// process.once('uncaughtException'): the second error is fatal.
process.once('uncaughtException', (err) => console.log('caught once:', err.message));
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { throw new Error('second'); }, 5);
setTimeout(() => console.log('never'), 10);
