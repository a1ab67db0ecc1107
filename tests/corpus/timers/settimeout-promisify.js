// util.promisify(setTimeout) uses the custom promisified version.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
(async () => {
  const v = await sleep(10, 'slept');
  console.log(v);
  const w = await immediate('immediate value');
  console.log(w);
  console.log(sleep === require('timers/promises').setTimeout);
})();
