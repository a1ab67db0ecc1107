// Parallel writes with fs.promises + Promise.all: results come back in input order.
const fsp = require('fs/promises');
const names = ['a', 'b', 'c'].map((n) => `./tmp-parallel-all-${n}.txt`);
(async () => {
  await Promise.all(names.map((n, i) => fsp.writeFile(n, 'x'.repeat(i + 1))));
  const sizes = await Promise.all(names.map((n) => fsp.stat(n).then((s) => s.size)));
  console.log(sizes);
  await Promise.all(names.map((n) => fsp.unlink(n)));
  console.log('cleaned');
})();
