// await of a plain value resumes after one microtask turn, like Promise.resolve().then().
(async () => {
  await 42;
  console.log('after await 42');
})();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'));
