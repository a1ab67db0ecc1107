// mkdir: EEXIST for an existing dir, recursive creates parents and tolerates existing ones.
const fs = require('fs');
const root = './tmp-mkdir-root';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdir(root, (err) => {
  console.log('mkdir', err);
  fs.mkdir(root, (err) => {
    console.log('again', err.code, err.syscall);
    fs.mkdir(root + '/a/b/c', { recursive: true }, (err, first) => {
      console.log('recursive', err, typeof first);
      fs.mkdir(root + '/a/b/c', { recursive: true }, (err, first) => {
        console.log('recursive existing', err, first);
        fs.mkdir(root + '/x/y', (err) => {
          console.log('missing parent', err.code);
          fs.rmSync(root, { recursive: true });
        });
      });
    });
  });
});
