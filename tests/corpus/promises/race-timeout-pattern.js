// Promise.race as a timeout: whichever settles first wins; the loser still runs.
const timeout = (ms) => new Promise((_, reject) =>
  setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms));
const work = (ms, v) => new Promise((r) => setTimeout(() => { console.log('work finished:', v); r(v); }, ms));
Promise.race([work(10, 'quick'), timeout(50)]).then((v) => console.log('race 1 ->', v));
Promise.race([work(80, 'slow'), timeout(30)]).catch((e) => console.log('race 2 ->', e.message));
Promise.race([]).then(() => console.log('never: race([]) stays pending'));
setTimeout(() => console.log('done'), 100);
