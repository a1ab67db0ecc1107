// Promise.race with already-settled inputs: the first in iteration order wins.
Promise.race([Promise.reject(new Error('rejected first')), Promise.resolve('resolved second')])
  .then((v) => console.log('value', v), (e) => console.log('reason', e.message));
Promise.race(['plain', Promise.resolve('promise')]).then((v) => console.log('race:', v));
Promise.any([Promise.reject(1), 'plain any']).then((v) => console.log('any:', v));
