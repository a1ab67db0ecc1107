// copyFile and rename, then access checks with F_OK.
const fs = require('fs');
const a = './tmp-copy-rename-a.txt', b = './tmp-copy-rename-b.txt', c = './tmp-copy-rename-c.txt';
fs.writeFileSync(a, 'content');
fs.copyFile(a, b, (err) => {
  console.log('copy', err, fs.readFileSync(b, 'utf8'));
  fs.rename(b, c, (err) => {
    console.log('rename', err);
    fs.access(b, fs.constants.F_OK, (err) => {
      console.log('old name:', err.code);
      fs.access(c, (err) => {
        console.log('new name accessible:', err === null);
        fs.unlinkSync(a);
        fs.unlinkSync(c);
      });
    });
  });
});
