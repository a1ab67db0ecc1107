// util.promisify'd callback APIs keep the store of the awaiting code.
const { AsyncLocalStorage } = require('async_hooks');
const util = require('util');
const fs = require('fs');
const als = new AsyncLocalStorage();
const sleep = util.promisify(setTimeout);
const readFile = util.promisify(fs.readFile);
function legacy(x, cb) { setImmediate(() => cb(null, x * 2)); }
const modern = util.promisify(legacy);
als.run('promisified', async () => {
  await sleep(1);
  console.log('after sleep', als.getStore());
  const buf = await readFile(__filename);
  console.log('after readFile', buf.length > 0, als.getStore());
  console.log('legacy result', await modern(21), als.getStore());
});
