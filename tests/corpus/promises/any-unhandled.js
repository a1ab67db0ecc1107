// An unhandled AggregateError from Promise.any crashes the process (exit code 1).
process.on('exit', (code) => console.log('exit code', code));
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
