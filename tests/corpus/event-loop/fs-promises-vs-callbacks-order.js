// fs.promises resolves in the poll phase too; the continuation runs as a microtask after
// the I/O callback.
const fs = require('fs');
(async () => {
  await fs.promises.readFile(__filename);
  console.log('await fs.promises.readFile done');
  setImmediate(() => console.log('immediate from the continuation'));
  setTimeout(() => console.log('timeout from the continuation'), 0);
})();
