// process.emitWarning emits 'warning' asynchronously (next tick) and prints to stderr.
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom', { type: 'CustomWarning', code: 'MY_CODE' });
console.log('sync after emitWarning');
