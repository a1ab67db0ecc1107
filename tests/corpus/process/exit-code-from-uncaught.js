// An uncaught exception overrides process.exitCode: exit code 1, and 'exit' sees 1.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
setTimeout(() => { throw new TypeError('bad type'); }, 1);
