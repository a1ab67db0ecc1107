// process.emitWarning: a 'warning' event on the next tick, with name, code and detail.
process.on('warning', (w) => {
  console.log('warning:', w.name, w.code, w.message, w.detail);
  console.log('instanceof Error:', w instanceof Error);
});
process.emitWarning('Something is off', { type: 'CustomWarning', code: 'MY_CODE', detail: 'Extra detail.' });
process.emitWarning('Plain warning');
process.emitWarning(new Error('from an Error'));
console.log('emitted synchronously, delivered later');
