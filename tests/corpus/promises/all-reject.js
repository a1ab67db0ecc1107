// Promise.all rejects with the first rejection; the other results are dropped.
const later = (f, ms) => new Promise((res, rej) => setTimeout(() => f(res, rej), ms));
Promise.all([
  later((res) => res('a'), 5),
  later((res, rej) => rej(new Error('b failed')), 10),
  later((res, rej) => rej(new Error('c failed')), 15),
]).then(
  () => console.log('must not resolve'),
  (e) => console.log('rejected with', e.message)
);
