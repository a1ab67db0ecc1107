// await of a rejected promise throws at the await; finally blocks run.
(async () => {
  try {
    console.log('before');
    await Promise.reject(new Error('rejected'));
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally');
  }
  return 'result';
})().then((v) => console.log(v));
