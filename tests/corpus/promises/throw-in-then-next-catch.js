// A throw inside then skips the following thens until a catch; the catch's value continues.
Promise.resolve(1)
  .then((v) => { console.log('then 1 got', v); throw new RangeError('bad range'); })
  .then(() => console.log('skipped'))
  .then(() => console.log('skipped too'))
  .catch((e) => { console.log('catch got', e.name, e.message); return 42; })
  .then((v) => console.log('then after catch got', v));
