// readFile of a missing file fails in 'open' with ENOENT; the sync variant throws the same.
const fs = require('fs');
fs.readFile('./tmp-missing-readfile.txt', (err, data) => {
  console.log(err.code, err.syscall, err.errno, data);
  console.log(err.message.startsWith('ENOENT: no such file or directory, open'));
});
try {
  fs.readFileSync('./tmp-missing-readfile.txt');
} catch (e) {
  console.log('sync threw', e.code, e.syscall);
}
