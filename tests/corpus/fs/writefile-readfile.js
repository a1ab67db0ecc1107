// writeFile then readFile of a file the program creates; cleanup with unlink.
const fs = require('fs');
const f = './tmp-writefile-readfile.txt';
fs.writeFile(f, 'hello\nworld\n', (err) => {
  console.log('written', err);
  fs.readFile(f, 'utf8', (err, data) => {
    console.log(JSON.stringify(data));
    fs.unlink(f, (err) => console.log('unlinked', err, fs.existsSync(f)));
  });
});
