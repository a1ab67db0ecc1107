// Values flow through a then chain; returning a promise from then waits for it.
Promise.resolve(1)
  .then((v) => { console.log('got', v); return v + 1; })
  .then((v) => { console.log('got', v); return new Promise((r) => setTimeout(() => r(v * 10), 5)); })
  .then((v) => { console.log('got', v); })
  .then((v) => console.log('undefined passes on:', v));
