// Promise.all keeps input order, not settle order; it rejects with the first rejection.
const delay = (ms, v) => new Promise((r) => setTimeout(() => { console.log('settled', v); r(v); }, ms));
Promise.all([delay(30, 'slow'), delay(10, 'fast'), 'plain', delay(20, 'mid')])
  .then((values) => console.log('all:', values));
Promise.all([delay(5, 'ok'), Promise.reject(new Error('first failure')), Promise.reject(new Error('second'))])
  .catch((e) => console.log('all rejected:', e.message));
Promise.all([]).then((v) => console.log('empty all:', v));
