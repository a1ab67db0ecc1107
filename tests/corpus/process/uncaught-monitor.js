// 'uncaughtExceptionMonitor' observes an uncaught error without handling it.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor saw', err.message, origin));
process.on('exit', (c) => console.log('exit', c));
setImmediate(() => { throw new Error('unhandled'); });
