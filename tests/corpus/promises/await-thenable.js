// await of a non-native thenable costs extra turns (NewPromiseResolveThenableJob).
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('t'); } };
(async () => {
  const v = await thenable;
  console.log('after await thenable', v);
})();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
