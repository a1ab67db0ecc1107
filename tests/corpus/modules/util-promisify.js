// util.promisify: custom promisified setTimeout/setImmediate and a callback-style function.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
function cbStyle(x, cb) { setImmediate(() => (x < 0 ? cb(new Error('negative')) : cb(null, x * 2))); }
const p = util.promisify(cbStyle);
(async () => {
  console.log(await sleep(5, 'slept'));
  console.log(await immediate('immediate value'));
  console.log(await p(21));
  await p(-1).catch((e) => console.log('rejected', e.message));
  console.log(util.promisify(setTimeout) === require('timers/promises').setTimeout);
})();
