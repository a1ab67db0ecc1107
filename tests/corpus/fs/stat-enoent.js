// fs.stat of a missing file: ENOENT error with code, syscall and errno.
const fs = require('fs');
fs.stat('./tmp-does-not-exist-stat.txt', (err, st) => {
  console.log(err instanceof Error, err.code, err.syscall, err.errno, st);
});
try {
  fs.statSync('./tmp-does-not-exist-stat.txt');
} catch (e) {
  console.log('sync:', e.code, e.syscall);
}
console.log(fs.statSync('./tmp-does-not-exist-stat.txt', { throwIfNoEntry: false }));
