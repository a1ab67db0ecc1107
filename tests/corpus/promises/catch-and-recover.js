// catch returns a new promise; the chain continues fulfilled after a handler returns.
Promise.reject(new Error('first'))
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => { console.log('then', v); throw new Error('second'); })
  .then(null, (e) => console.log('second-arg handler', e.message))
  .then(() => console.log('done'));
