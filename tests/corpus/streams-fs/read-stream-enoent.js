// Opening a missing file: 'error' with the open error, then 'close'; never 'open' or 'end'.
const fs = require('fs');
const rs = fs.createReadStream('./does-not-exist.txt');
for (const name of ['open', 'ready', 'data', 'end']) rs.on(name, () => console.log('unexpected', name));
rs.on('error', (err) => {
  console.log('error', err.message);
  console.log(err.code, err.errno, err.syscall, err.path);
  console.log('destroyed', rs.destroyed);
});
rs.on('close', () => console.log('close', rs.destroyed));
