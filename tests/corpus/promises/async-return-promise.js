// An async function returning a promise settles two turns later than one returning a value.
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
async function awaitsPromise() { return await Promise.resolve('awaited'); }
returnsPromise().then((v) => console.log(v));
awaitsPromise().then((v) => console.log(v));
returnsValue().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('turn 1'))
  .then(() => console.log('turn 2'))
  .then(() => console.log('turn 3'))
  .then(() => console.log('turn 4'));
