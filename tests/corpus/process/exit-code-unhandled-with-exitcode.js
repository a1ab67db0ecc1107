// An unhandled rejection exits with 1, even if exitCode was set to something else.
process.exitCode = 9;
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => Promise.reject(new Error('late rejection')), 1);
