// fs.promises and callback-style fs keep the store across the threadpool round trip.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const fsp = require('fs/promises');
const als = new AsyncLocalStorage();
async function readSelf(tag) {
  const text = await fsp.readFile(__filename, 'utf8');
  console.log(tag, 'read', text.split('\n')[0].length > 0, 'store:', als.getStore());
  const st = await fsp.stat(__filename);
  console.log(tag, 'stat isFile', st.isFile(), 'store:', als.getStore());
}
als.run('A', () => readSelf('A'));
als.run('B', () => {
  fs.readFile(__filename, (err, buf) => {
    console.log('B callback', err, buf.length > 0, 'store:', als.getStore());
    fs.access(__filename, (err2) => console.log('B access', err2, 'store:', als.getStore()));
  });
});
