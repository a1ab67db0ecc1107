// process.exitCode sets the exit code used when the loop empties; 'exit' listeners see it.
process.on('exit', (code) => console.log('exit event code', code, 'exitCode', process.exitCode));
process.exitCode = 3;
setTimeout(() => console.log('timer still runs'), 1);
