// unlink of a missing file: ENOENT from syscall 'unlink' (callback, promise and sync forms).
const fs = require('fs');
fs.unlink('./tmp-missing-unlink.txt', (err) => {
  console.log(err.code, err.syscall);
  fs.promises.unlink('./tmp-missing-unlink.txt').catch((e) => {
    console.log('promise:', e.code, e.syscall);
    try { fs.unlinkSync('./tmp-missing-unlink.txt'); } catch (e2) { console.log('sync:', e2.code, e2.syscall); }
  });
});
