// readdir of a missing directory (ENOENT) and of a file (ENOTDIR).
const fs = require('fs');
fs.readdir('./tmp-no-such-dir', (err) => {
  console.log(err.code, err.syscall);
  fs.readdir(__filename, (err) => console.log(err.code, err.syscall));
});
