// catch returns a new promise: the chain continues after recovering.
Promise.reject(new Error('step 1 failed'))
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('recovered from', e.message); return 'recovered'; })
  .then((v) => { console.log('continues with', v); throw new Error('step 3 failed'); })
  .then(() => console.log('skipped too'), (e) => console.log('second handler:', e.message))
  .finally(() => console.log('finally'));
