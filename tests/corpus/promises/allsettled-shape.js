// Promise.allSettled: every outcome, in input order, never rejects.
const util = require('util');
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('bad')),
  new Promise((r) => setTimeout(r, 5, 'timer')),
  'plain',
]).then((results) => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  }
  console.log(util.inspect(results[0]), util.inspect(results[3]));
});
