// fs.promises: writeFile/readFile/stat/appendFile/unlink with async/await.
const fsp = require('fs').promises;
const f = './tmp-promises-api.txt';
(async () => {
  await fsp.writeFile(f, 'abc');
  await fsp.appendFile(f, 'def');
  console.log(await fsp.readFile(f, 'utf8'));
  const st = await fsp.stat(f);
  console.log(st.size, st.isFile());
  await fsp.unlink(f);
  try {
    await fsp.readFile(f);
  } catch (e) {
    console.log('after unlink:', e.code, e.syscall);
  }
})();
